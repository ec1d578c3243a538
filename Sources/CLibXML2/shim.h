#ifndef BILAT_CLIBXML2_SHIM_H
#define BILAT_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU. Its encoding header then includes ICU's
// headers, which clash with the ICU copy inside Foundation. bilat never
// touches the encoding handler structs, so hide ICU from the headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/globals.h>

/// xmlFree is a global function pointer, which Swift 6 refuses to read.
static inline void bilat_xml_free(void *pointer) { xmlFree(pointer); }
#endif
