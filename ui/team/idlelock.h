#pragma once

#include <QObject>

class QTimer;

namespace guanxi::ui {

// Notices when nobody has typed, clicked or moved the mouse in the
// application for an interval, and says so once (idle()). An interval of 0
// turns it off. Input anywhere in the application starts the wait again.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // 0: never. Tests give a short one.
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    // Starts the wait anew (after unlocking, after opening a file).
    void restart();
    void stop();

    // The setting: "Lock after N minutes without input", 0 = never, 15 until chosen.
    static int minutesSetting();
    static void setMinutesSetting(int minutes);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    int m_interval = 0;
};

} // namespace guanxi::ui
