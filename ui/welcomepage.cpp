#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace guanxi::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setFixedWidth(qMax(560, fontMetrics().averageCharWidth() * 70));
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

    auto *sample = new QCommandLinkButton(tr("Create sample data"),
                                          tr("A few hundred customers, companies and orders to explore every "
                                             "screen. You can delete them later."), box);
    sample->setObjectName(QStringLiteral("sampleDataButton"));
    auto *import = new QCommandLinkButton(tr("Import existing customers"),
                                          tr("From Excel (XLSX), CSV or vCard: Guanxi reads the encoding and columns, "
                                             "shows a preview, and can undo the import later."), box);
    import->setObjectName(QStringLiteral("importButton"));
    auto *empty = new QCommandLinkButton(tr("Start empty"), tr("Add your first customer by hand (Ctrl+N)."), box);
    empty->setObjectName(QStringLiteral("startEmptyButton"));
    for (QWidget *w : {static_cast<QWidget *>(sample), static_cast<QWidget *>(import), static_cast<QWidget *>(empty)})
        layout->addWidget(w);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(sample, &QCommandLinkButton::clicked, this, &WelcomePage::sampleDataRequested);
    connect(import, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(empty, &QCommandLinkButton::clicked, this, &WelcomePage::startEmptyRequested);
}

} // namespace guanxi::ui
