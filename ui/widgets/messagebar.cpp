#include "widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace guanxi::ui {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    // Links must stay clickable (and reachable by Tab): a message often
    // carries its next step, e.g. "Won! Create the order from this deal".
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(false);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_label, &QLabel::linkActivated, this, &MessageBar::linkActivated);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind, bool closable)
{
    QString colours;
    switch (kind) {
    case Kind::Information: colours = QStringLiteral("background:#e8f1fb;border:1px solid #9cc3ee;color:#0b3d6e;"); break;
    case Kind::Warning: colours = QStringLiteral("background:#fff6e0;border:1px solid #f0c36d;color:#5c4300;"); break;
    case Kind::Error: colours = QStringLiteral("background:#fdecea;border:1px solid #f1a9a0;color:#7a1c10;"); break;
    }
    setStyleSheet(QStringLiteral("#messageBar{%1border-radius:4px;} #messageBar QLabel{border:none;background:transparent;}").arg(colours));
    m_label->setText(text);
    m_close->setVisible(closable);
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace guanxi::ui
