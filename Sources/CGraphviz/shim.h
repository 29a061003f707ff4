#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* cgraph's agtail/aghead are macros, which Swift cannot import. */
static inline Agnode_t *actorgraph_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *actorgraph_aghead(Agedge_t *e) { return aghead(e); }
/* Exported by libcgraph but not declared in its headers: flushes the lexer's buffer, which a syntax
   error leaves holding the rest of the previous text. */
extern void aglexbad(void);
#endif
