#include "backgroundtask.h"

#include "platform/db/database.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace guanxi::ui {

bool runInBackground(QWidget *parent, const QString &label, const std::function<void(TaskControl &)> &work)
{
    TaskControl control;
    // On the heap and watched: if the parent goes while the work runs (the
    // file was closed from a menu before the dialog showed), the dialog goes
    // with it and must not be deleted twice.
    QPointer<QProgressDialog> progress = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 100, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    // Cancel asks the work to stop; the dialog stays (and the window stays
    // blocked) until it has.
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    QThread *thread = QThread::create([&] { work(control); });
    QEventLoop loop;
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, progress, [&] { progress->setValue(control.percent.load()); });
    QObject::connect(progress, &QProgressDialog::canceled, progress, [&] {
        control.cancelled = true;
        progress->setLabelText(QProgressDialog::tr("Stopping…"));
        progress->show();
    });
    QObject::connect(progress, &QObject::destroyed, &loop, [&] { control.cancelled = true; });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    timer.start();
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    if (!progress)   // the parent is gone: whatever the work found has nowhere to go
        return false;
    const bool finished = !control.cancelled.load();
    progress->disconnect(&loop);
    progress->setValue(100);
    delete progress;
    return finished;
}

void runInBackgroundToEnd(QWidget *parent, const QString &label, const std::function<void()> &work)
{
    QPointer<QProgressDialog> progress = new QProgressDialog(label, QString(), 0, 0, parent);
    progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setValue(0);
    QThread *thread = QThread::create(work);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    delete progress;
}

} // namespace guanxi::ui
