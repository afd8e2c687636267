// The buffer pool a new embedded cluster is given: an eighth of the usable memory, between
// PostgreSQL's default and 2 GB.
#include <gtest/gtest.h>
#include <unistd.h>

#include "store/embedded_cluster.h"

namespace onrecord {
namespace {

constexpr std::uint64_t gib = 1024ULL * 1024 * 1024;

TEST(EmbeddedClusterMemory, SharedBuffersAreAnEighthOfMemoryWithinBounds) {
  EXPECT_EQ(embedded_shared_buffers_mb(0), 128u);  // memory unknown: PostgreSQL's default
  EXPECT_EQ(embedded_shared_buffers_mb(512ULL * 1024 * 1024), 128u);
  EXPECT_EQ(embedded_shared_buffers_mb(2 * gib), 256u);
  EXPECT_EQ(embedded_shared_buffers_mb(4 * gib), 512u);
  EXPECT_EQ(embedded_shared_buffers_mb(16 * gib), 2048u);
  EXPECT_EQ(embedded_shared_buffers_mb(24 * gib), 2048u);  // this machine's kind: capped
  EXPECT_EQ(embedded_shared_buffers_mb(1024 * gib), 2048u);
}

TEST(EmbeddedClusterMemory, UsableMemoryIsKnownAndNoMoreThanThePhysicalMemory) {
  const std::uint64_t physical =
      static_cast<std::uint64_t>(::sysconf(_SC_PHYS_PAGES)) * static_cast<std::uint64_t>(::sysconf(_SC_PAGE_SIZE));
  const std::uint64_t usable = usable_memory_bytes();
  EXPECT_GT(usable, 0u);
  EXPECT_LE(usable, physical);
}

}  // namespace
}  // namespace onrecord
