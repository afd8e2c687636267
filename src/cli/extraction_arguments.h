// The extractor's conventions on the command line, shared by `extract` and `ingest`.
#pragma once
#include <boost/program_options.hpp>
#include <string>

#include "extract/extraction_options.h"

namespace onrecord {

// Adds --split-quotations to `d`, stored in `value` ("separate" unless given).
void add_extraction_options(boost::program_options::options_description& d, std::string& value);
// The options `value` names; throws usage_error for anything but "separate" or "joined".
extraction_options extraction_options_from(const std::string& value);

}  // namespace onrecord
