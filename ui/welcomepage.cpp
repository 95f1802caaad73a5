#include "welcomepage.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
// A command link whose description wraps to as many lines as it needs.
// QCommandLinkButton works out its height for the width of its title, so a
// long description (and any Chinese one) was cut off; here the labels sit in a
// layout, which gives the button the height its width requires.
class ChoiceButton : public QAbstractButton {
public:
    ChoiceButton(const QString &title, const QString &description, const QString &name, QWidget *parent)
        : QAbstractButton(parent)
    {
        setObjectName(name);
        setText(title);
        setAccessibleName(title);
        setAccessibleDescription(description);
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_Hover);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(8, 8, 12, 8);
        row->setSpacing(8);
        auto *arrow = new QLabel(this);
        const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        arrow->setPixmap(style()->standardIcon(QStyle::SP_CommandLink, nullptr, this).pixmap(icon, icon));
        row->addWidget(arrow, 0, Qt::AlignTop);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        auto *titleLabel = new QLabel(title, this);
        titleLabel->setObjectName(name + QStringLiteral("Title"));
        QFont bold = titleLabel->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
        titleLabel->setFont(bold);
        titleLabel->setWordWrap(true);
        auto *descriptionLabel = new QLabel(description, this);
        descriptionLabel->setObjectName(name + QStringLiteral("Description"));
        descriptionLabel->setWordWrap(true);
        texts->addWidget(titleLabel);
        texts->addWidget(descriptionLabel);
        row->addLayout(texts, 1);
        for (QLabel *l : {arrow, titleLabel, descriptionLabel})
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // Flat like a command link; a button panel under the pointer or focus.
        QStylePainter p(this);
        QStyleOptionButton option;
        option.initFrom(this);
        const bool raised = isDown() || underMouse() || hasFocus();
        if (!raised)
            return;
        if (isDown())
            option.state |= QStyle::State_Sunken;
        p.drawPrimitive(QStyle::PE_PanelButtonCommand, option);
        if (hasFocus()) {
            QStyleOptionFocusRect focus;
            focus.initFrom(this);
            focus.rect = rect().adjusted(3, 3, -3, -3);
            p.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
        }
    }
};
} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("welcomeChoices"));
    box->setMaximumWidth(qMax(560, fontMetrics().averageCharWidth() * 80));
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    auto *layout = new QVBoxLayout(box);
    auto *title = new QLabel(tr("Welcome to Guanxi"), box);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(tr("This database has no customers yet. How would you like to start?"), box);
    text->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);

    auto *sample = new ChoiceButton(tr("Create sample data"),
                                    tr("A few hundred customers, companies and orders to explore every "
                                       "screen. You can delete them later."),
                                    QStringLiteral("sampleDataButton"), box);
    auto *import = new ChoiceButton(tr("Import existing customers"),
                                    tr("From Excel (XLSX), CSV or vCard: Guanxi reads the encoding and columns, "
                                       "shows a preview, and can undo the import later."),
                                    QStringLiteral("importButton"), box);
    auto *empty = new ChoiceButton(tr("Start empty"), tr("Add your first customer by hand (Ctrl+N)."),
                                   QStringLiteral("startEmptyButton"), box);
    for (QWidget *w : {static_cast<QWidget *>(sample), static_cast<QWidget *>(import), static_cast<QWidget *>(empty)})
        layout->addWidget(w);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(box, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);
    connect(sample, &QAbstractButton::clicked, this, &WelcomePage::sampleDataRequested);
    connect(import, &QAbstractButton::clicked, this, &WelcomePage::importRequested);
    connect(empty, &QAbstractButton::clicked, this, &WelcomePage::startEmptyRequested);
}

} // namespace guanxi::ui
