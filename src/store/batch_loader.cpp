// The loader thread: batches grow from one article (so the first articles are committed at once
// and an interrupted run has committed something) by doubling up to the limits, and take what the
// queue holds when the reader is slower than the database. A batch that fails is rolled back and
// loaded again one article per transaction: an article is all or nothing, and one bad article
// costs only itself.
#include "store/batch_loader.h"

#include <algorithm>
#include <optional>

#include "store/store_error.h"

namespace onrecord {
namespace {
using clock_type = std::chrono::steady_clock;
constexpr auto poll = std::chrono::milliseconds(20);  // how often waits look at the interrupt flag

std::size_t size_of(const analysed_article& a) {
  return a.source.text.size() + sizeof(analysed_article) + a.statements.size() * (sizeof(statement) + 64);
}
}  // namespace

batch_loader::batch_loader(record_store& store, std::function<bool()> interrupted, message_sink on_error)
    : batch_loader(store, std::move(interrupted), std::move(on_error), limits{}) {}

batch_loader::batch_loader(record_store& store, std::function<bool()> interrupted, message_sink on_error, limits l)
    : store_(store), interrupted_(std::move(interrupted)), on_error_(std::move(on_error)), limits_(l) {
  thread_ = std::thread([this] { run(); });
}

batch_loader::~batch_loader() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

bool batch_loader::push(analysed_article&& a) {
  const std::size_t bytes = size_of(a);
  std::unique_lock lock(mutex_);
  while (!stopped_ && !queue_.empty() && queued_bytes_ + bytes > limits_.queue_bytes) {
    if (interrupted_ && interrupted_()) return false;
    changed_.wait_for(lock, poll);
  }
  if (stopped_) return false;
  queued_bytes_ += bytes;
  queue_.push_back({std::move(a), bytes});
  lock.unlock();
  changed_.notify_all();
  return true;
}

void batch_loader::finish() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard lock(mutex_);
  if (failure_) std::rethrow_exception(failure_);
}

batch_loader::counts batch_loader::committed() const {
  std::lock_guard lock(mutex_);
  return counts_;
}

void batch_loader::run() {
  std::size_t batch_limit = 1;  // articles; doubles after every batch up to limits_.batch_articles
  std::vector<analysed_article> batch;
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      std::optional<clock_type::time_point> waiting_since;
      for (;;) {
        if (interrupted_ && interrupted_()) {
          stopped_ = true;
          changed_.notify_all();
          return;
        }
        if (queue_.empty()) {
          if (closing_) {
            stopped_ = true;
            changed_.notify_all();
            return;
          }
        } else {
          if (!waiting_since) waiting_since = clock_type::now();
          if (closing_ || queue_.size() >= batch_limit || queued_bytes_ >= limits_.batch_bytes ||
              clock_type::now() - *waiting_since >= limits_.linger)
            break;
        }
        changed_.wait_for(lock, poll);
      }
      std::size_t bytes = 0;
      while (!queue_.empty() && batch.size() < batch_limit && (batch.empty() || bytes < limits_.batch_bytes)) {
        bytes += queue_.front().bytes;
        queued_bytes_ -= queue_.front().bytes;
        batch.push_back(std::move(queue_.front().article));
        queue_.pop_front();
      }
    }
    changed_.notify_all();  // room in the queue
    try {
      load(batch);
    } catch (...) {
      std::lock_guard lock(mutex_);
      failure_ = std::current_exception();
      stopped_ = true;
      queue_.clear();
      queued_bytes_ = 0;
      changed_.notify_all();
      return;
    }
    batch.clear();
    {
      std::lock_guard lock(mutex_);
      if (stopped_) {  // interrupted before a commit: that batch was rolled back
        changed_.notify_all();
        return;
      }
    }
    batch_limit = std::min(batch_limit * 2, limits_.batch_articles);
  }
}

void batch_loader::load(std::vector<analysed_article>& batch) {
  const auto started = clock_type::now();
  auto account = [&](const std::vector<load_result>& results, std::size_t failed) {
    std::lock_guard lock(mutex_);
    for (const auto& r : results) {
      if (r.loaded) {
        ++counts_.loaded;
        counts_.statements += r.statements;
        counts_.merged += r.merged;
      } else {
        ++counts_.present;
      }
    }
    counts_.failed += failed;
    ++counts_.batches;
    counts_.busy_seconds += std::chrono::duration<double>(clock_type::now() - started).count();
  };
  batch_load_result result;
  try {
    result = store_.load_batch(batch, interrupted_);
  } catch (const connection_lost&) {
    throw;
  } catch (const store_error& e) {
    if (batch.size() == 1) {
      on_error_(e.what());
      account({}, 1);
      return;
    }
    // one article at a time: the failing one is reported, the others load
    {
      std::lock_guard lock(mutex_);
      ++counts_.retried;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const auto one = std::span<const analysed_article>(&batch[i], 1);
      batch_load_result single;
      try {
        single = store_.load_batch(one, interrupted_);
      } catch (const connection_lost&) {
        throw;
      } catch (const store_error& e1) {
        on_error_(e1.what());
        account({}, 1);
        continue;
      }
      if (single.abandoned) {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        return;
      }
      account(single.articles, 0);
    }
    return;
  }
  if (result.abandoned) {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    return;
  }
  account(result.articles, 0);
}

}  // namespace onrecord
