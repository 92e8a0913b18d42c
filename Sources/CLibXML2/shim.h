// libxml2's HTML parser and tree, for ArticleFormats' HTML extraction.
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its encoding header would then pull in the system ICU
// headers, which clash with the copy inside Foundation. Nothing here uses the ICU converter.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
