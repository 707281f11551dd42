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
#include <libxml/xmlIO.h>
#include <libxml/parser.h>
#include <stdlib.h>

/* xmlFree is a global function pointer: not concurrency-safe to touch from Swift 6. */
static inline void blotter_xml_free(void *ptr) {
    if (ptr) xmlFree(ptr);
}

/* Drops a libxml2 message. */
static void blotter_xml_ignore(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

/* Silences libxml2's default error printing for the calling thread. (A NULL handler would
   restore the default one, which prints to stderr: I/O errors of a damaged .gz went there.) */
static inline void blotter_xml_quiet(void) {
    xmlSetGenericErrorFunc(NULL, blotter_xml_ignore);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

/* Parse options for untrusted pages: recover from errors, never print, never touch the network;
   the bytes are already decoded to UTF-8, so a <meta charset> must not re-decode them; and no
   hard nesting limit (libxml2's default stops the whole parse at depth 256 and silently drops
   the rest of the page; Blotter bounds depth itself when it copies the tree, without losing
   text). */
static inline int blotter_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
}

/* Initialises libxml2's globals once, on the calling thread, before any parallel parsing. */
static inline void blotter_xml_init(void) {
    xmlInitParser();
}

/* Frees a buffer returned by blotter_read_inflated. */
static inline void blotter_free(void *ptr) {
    free(ptr);
}

/* Reads a local file through libxml2's I/O layer, which inflates gzip transparently.
   `path` must be an absolute path (so no URL scheme handler is ever chosen). Reads at most
   max + 1 bytes, so a caller can tell "over the limit". Returns a malloc'd buffer (free it with
   blotter_free) and its length in *len, or NULL when the file cannot be opened. */
static inline unsigned char *blotter_read_inflated(const char *path, long max, long *len) {
    *len = 0;
    if (!path || path[0] != '/') return NULL;
    xmlParserInputBufferPtr in = xmlParserInputBufferCreateFilename(path, XML_CHAR_ENCODING_NONE);
    if (!in) return NULL;
    if (!in->readcallback) { xmlFreeParserInputBuffer(in); return NULL; }
    size_t cap = 1 << 16, used = 0;
    unsigned char *buf = malloc(cap);
    while (buf) {
        if (used == cap) {
            unsigned char *grown = realloc(buf, cap * 2);
            if (!grown) { free(buf); buf = NULL; break; }
            buf = grown;
            cap *= 2;
        }
        size_t room = cap - used;
        int n = in->readcallback(in->context, (char *)buf + used, (int)(room > (1u << 20) ? (1u << 20) : room));
        if (n <= 0) break;
        used += (size_t)n;
        if ((long)used > max) break;
    }
    xmlFreeParserInputBuffer(in);
    *len = (long)used;
    return buf;
}

#endif
