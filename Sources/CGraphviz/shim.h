#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* cgraph's agtail/aghead are macros, which Swift cannot import. */
static inline Agnode_t *actorgraph_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *actorgraph_aghead(Agedge_t *e) { return aghead(e); }
#endif
