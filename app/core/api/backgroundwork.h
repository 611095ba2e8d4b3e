#pragma once

#include <functional>

class QThreadPool;

namespace ElbDesk {

// Runs `task` on a thread of the background pool: work the GUI thread hands off (parsing member
// pages) that must yield to the GUI thread and to the network thread when they want a core. On
// Linux, where QThread priorities do nothing for normal threads, each pool thread lowers its own
// scheduling priority by BackgroundNiceness when it takes its first task; elsewhere the pool's
// threads run at QThread::LowPriority.
void runInBackground(std::function<void()> task);
QThreadPool *backgroundPool();

inline constexpr int BackgroundNiceness = 10;

} // namespace ElbDesk
