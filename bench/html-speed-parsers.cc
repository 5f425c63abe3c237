// Parser comparison for docs/extract-html.md: libxml2's HTML parser against gumbo (Debian
// libgumbo-dev, not a project dependency), parse + free only, on the raw pages and on the pages
// after strip_invisible_content(). CPU time of the best of 3 passes, one thread. A third mode runs
// libxml2's tokenizer with a SAX handler that does nothing: the ceiling of any extractor built on
// libxml2, tree or no tree.
//
//   apt-get install libgumbo-dev
//   g++ -std=c++20 -O2 -Isrc -I/usr/include/libxml2 bench/html-speed-parsers.cc src/extract/html_dom.cc \
//       -lxml2 -lgumbo -lz -o /tmp/html-speed-parsers
//   taskset -c 0 /tmp/html-speed-parsers ../shared/bench/extraction
#include <gumbo.h>
#include "extract/html_dom.h"
#include <zlib.h>
#include <filesystem>
#include <vector>
#include <string>
#include <cstdio>
#include <cstring>
#include <ctime>
namespace fs = std::filesystem;
static long sax_events;
static void sax_start(void*, const xmlChar*, const xmlChar**) { ++sax_events; }
static void sax_end(void*, const xmlChar*) { ++sax_events; }
static void sax_text(void*, const xmlChar*, int) { ++sax_events; }
static void parse_sax_only(const std::string& page) {
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = sax_start;
  sax.endElement = sax_end;
  sax.characters = sax_text;
  sax.ignorableWhitespace = sax_text;
  htmlParserCtxtPtr ctx = htmlCreateMemoryParserCtxt(page.data(), static_cast<int>(page.size()));
  if (!ctx) return;
  htmlSAXHandlerPtr own = ctx->sax;
  ctx->sax = &sax;
  htmlCtxtUseOptions(ctx, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
  htmlParseDocument(ctx);
  ctx->sax = own;
  htmlFreeParserCtxt(ctx);
}
double cpu(){timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec/1e9;}
int main(int argc, char** argv) {
  std::vector<std::string> raw, stripped;
  for (auto& e: fs::directory_iterator(std::string(argv[1])+"/html")){ gzFile f=gzopen(e.path().c_str(),"rb"); std::string s; char b[65536]; int n; while((n=gzread(f,b,sizeof b))>0) s.append(b,n); gzclose(f); raw.push_back(s); stripped.push_back(chronicle::extract::strip_invisible_content(s));}
  for (int set=0; set<2; ++set) { auto& pages = set ? stripped : raw;
  const char* names[] = {"libxml2", "gumbo", "libxml2-sax-only"};
  for (int mode=0; mode<3; ++mode){ double best=1e9; for(int r=0;r<3;++r){ double c=cpu();
    for(auto&p:pages){ if(mode==0){ htmlDocPtr d=htmlReadMemory(p.data(),p.size(),nullptr,"UTF-8",HTML_PARSE_RECOVER|HTML_PARSE_NOERROR|HTML_PARSE_NOWARNING|HTML_PARSE_NONET|HTML_PARSE_COMPACT|HTML_PARSE_IGNORE_ENC); xmlFreeDoc(d);}
      else if(mode==2) parse_sax_only(p);
      else { GumboOutput* o=gumbo_parse_with_options(&kGumboDefaultOptions,p.data(),p.size()); gumbo_destroy_output(&kGumboDefaultOptions,o);} }
    best=std::min(best,cpu()-c);} printf("%s %s: %.3f s CPU, %.0f pages/s\n", set?"stripped":"raw", names[mode],best,pages.size()/best);}}
}
