#pragma once

#include "platform/result.h"

#include <QString>

#include <memory>

#include <atomic>
#include <functional>

class QWidget;

namespace guanxi {
class Database;
}

namespace guanxi::ui {

// Runs work on a worker thread while a progress dialog keeps the window
// responsive. The work opens its own database connection (a connection
// belongs to the thread that made it), reports percent and watches cancel.
struct TaskControl {
    std::atomic<int> percent{0};
    std::atomic<bool> cancelled{false};
};

// Returns when the work has finished; false when the user cancelled or the
// parent was deleted meanwhile (then the caller must not touch it either:
// check a QPointer to it).
bool runInBackground(QWidget *parent, const QString &label, const std::function<void(TaskControl &)> &work);
// The same for work that cannot stop half-way and says nothing of its
// progress (an upgrade in one transaction): a busy bar and no Cancel button.
void runInBackgroundToEnd(QWidget *parent, const QString &label, const std::function<void()> &work);

} // namespace guanxi::ui
