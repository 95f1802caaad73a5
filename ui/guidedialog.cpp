#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guanxi::ui {

QString GuideDialog::resourceFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral(":/guide/guide_zh_CN.html")
                                                 : QStringLiteral(":/guide/guide_en.html");
}

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Guide to the Day's Work"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    QFile file(resourceFor(QLocale()));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Room for a page of text at 1366x768 without covering the whole screen.
    const QSize avail = parent && parent->screen() ? parent->screen()->availableSize() : QSize(1366, 768);
    const int em = fontMetrics().averageCharWidth();
    resize(qMin(avail.width() * 9 / 10, em * 110), qMin(avail.height() * 85 / 100, fontMetrics().height() * 48));
}

} // namespace guanxi::ui
