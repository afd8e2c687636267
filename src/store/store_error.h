// Failures of the database layer, worded for the user (no SQL internals, no passwords).
#pragma once
#include <stdexcept>

namespace onrecord {

struct store_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The connection went away (server stopped or killed): no later article can load either, so an
// ingest stops, where a store_error about one article only fails that article.
struct connection_lost : store_error {
  using store_error::store_error;
};

}  // namespace onrecord
