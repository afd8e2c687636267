// --split-quotations: one statement per quoted span (issue 3's convention, the default), or one
// statement from the first span to the last, the way PolNeAR and some newsroom tools annotate it.
#include "cli/extraction_arguments.h"

#include "cli/command.h"

namespace onrecord {
namespace po = boost::program_options;

void add_extraction_options(po::options_description& d, std::string& value) {
  d.add_options()("split-quotations", po::value<std::string>(&value)->default_value("separate"),
                  "a quotation split by its attribution (“A,” she said. “B.”): separate (a statement "
                  "for each quoted span) or joined (one statement from A to B, the attribution inside)");
}

extraction_options extraction_options_from(const std::string& value) {
  if (value != "separate" && value != "joined")
    throw usage_error("--split-quotations must be separate or joined, not \"" + value + "\"");
  extraction_options options;
  options.join_split_quotations = value == "joined";
  return options;
}

}  // namespace onrecord
