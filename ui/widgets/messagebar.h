#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace guanxi::ui {

// An inline message above the content, in the manner of KeePassXC's message
// widget: errors next to their cause, no modal boxes.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind, bool closable = true);
    QString text() const;

signals:
    void linkActivated(const QString &link);

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace guanxi::ui
