#ifndef BLOTTER_CLIBXML2_SHIM_H
#define BLOTTER_CLIBXML2_SHIM_H

/* libxml2 is built with ICU support on Debian; its ICU types clash with the ICU module that
   Foundation ships, so the ICU part of the headers is switched off before they are read. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer: not concurrency-safe to touch from Swift 6. */
static inline void blotter_xml_free(void *ptr) {
    if (ptr) xmlFree(ptr);
}

/* Silences libxml2's default error printing for the calling thread. */
static inline void blotter_xml_quiet(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/* Parse options for untrusted pages: recover from errors, never print, never touch the network. */
static inline int blotter_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT;
}

#endif
