#include "team/idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace guanxi::ui {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setInterval(int milliseconds)
{
    m_interval = qMax(0, milliseconds);
    m_timer->setInterval(m_interval);
    if (m_interval == 0)
        m_timer->stop();
}

void IdleLock::restart()
{
    if (m_interval > 0)
        m_timer->start();
}

void IdleLock::stop()
{
    m_timer->stop();
}

int IdleLock::minutesSetting()
{
    return qBound(0, QSettings().value(QStringLiteral("lock/idleMinutes"), 15).toInt(), 24 * 60);
}

void IdleLock::setMinutesSetting(int minutes)
{
    QSettings().setValue(QStringLiteral("lock/idleMinutes"), qBound(0, minutes, 24 * 60));
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->isActive())
            m_timer->start(); // the wait begins again
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guanxi::ui
