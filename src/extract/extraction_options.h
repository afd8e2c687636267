// The extractor's conventions a user may choose (extract and ingest: --split-quotations).
#pragma once

namespace onrecord {

struct extraction_options {
  // "“A,” he said. “B.”": by default one statement per quoted span, both with the same speaker
  // (issue 3). Joined, the statement runs from A to B the way PolNeAR annotates it (the attribution
  // in between is inside the span); this raises PolNeAR direct-quote recall, see docs/QUALITY.md.
  bool join_split_quotations = false;
};

}  // namespace onrecord
