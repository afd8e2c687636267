// Failures of the database layer, worded for the user (no SQL internals, no passwords).
#pragma once
#include <stdexcept>

namespace onrecord {

struct store_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace onrecord
