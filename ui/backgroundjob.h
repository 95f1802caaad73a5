#pragma once

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace guanxi::ui {

// Work on a worker thread that leaves the window free (the dashboard's
// figures, an import, the reclaim pass, the daily backup), unlike
// runInBackground's progress dialog. The work opens its own connection with
// Session::worker() (a connection belongs to the thread that opened it) and
// watches cancelFlag(); `done` runs afterwards on the thread that started it.
//
// Keep the job as a member of what the work writes into, and call
// cancelAndWait() in that owner's destructor: the thread must end before the
// members it touches go.
class BackgroundJob : public QObject {
public:
    BackgroundJob() = default;
    ~BackgroundJob() override;

    // false, and nothing started, while the last work is still running.
    bool start(std::function<void()> work, std::function<void()> done = {});
    bool isRunning() const { return m_thread != nullptr; }
    // The flag the work watches (Database::watchCancel, an import's cancel).
    std::atomic_bool *cancelFlag() { return &m_cancel; }
    void cancel() { m_cancel = true; }
    // Blocks until the work has ended (`done` is not run then).
    void wait();
    void cancelAndWait();

private:
    void finish();

    QThread *m_thread = nullptr;
    quint64 m_generation = 0;
    std::atomic_bool m_cancel = false;
    std::function<void()> m_done;
};

} // namespace guanxi::ui
