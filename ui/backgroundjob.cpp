#include "backgroundjob.h"

#include <QThread>

namespace guanxi::ui {

BackgroundJob::~BackgroundJob()
{
    cancelAndWait();
}

bool BackgroundJob::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_done = std::move(done);
    m_thread = QThread::create(std::move(work));
    // A finished signal still queued from work waited for already must not
    // finish the next one.
    const quint64 generation = ++m_generation;
    connect(m_thread, &QThread::finished, this, [this, generation] {
        if (generation == m_generation)
            finish();
    });
    m_thread->start();
    return true;
}

void BackgroundJob::finish()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (auto done = std::exchange(m_done, {}))
        done();
}

void BackgroundJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_done = {};
}

void BackgroundJob::cancelAndWait()
{
    m_cancel = true;
    wait();
}

} // namespace guanxi::ui
