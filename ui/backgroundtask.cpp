#include "backgroundtask.h"

#include "db/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace guanxi::ui {

Result<std::unique_ptr<Database>> openWorkerDatabase(const QString &path, bool readOnly)
{
    Database::Options options;
    options.createIfMissing = false;
    options.readOnly = readOnly;
    return Database::open(path, options);
}

bool runInBackground(QWidget *parent, const QString &label, const std::function<void(TaskControl &)> &work)
{
    TaskControl control;
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Cancel asks the work to stop; the dialog stays (and the window stays
    // blocked) until it has.
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QThread *thread = QThread::create([&] { work(control); });
    QEventLoop loop;
    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] { progress.setValue(control.percent.load()); });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        control.cancelled = true;
        progress.setLabelText(QProgressDialog::tr("Stopping…"));
        progress.show();
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    timer.start();
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.setValue(100);
    return !control.cancelled.load();
}

} // namespace guanxi::ui
