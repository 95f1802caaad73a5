#pragma once

#include <QDialog>

class QTextBrowser;

namespace guanxi::ui {

// Help → Guide (F1): a short manual for the day's work, page by page, with
// the keyboard shortcuts. English or Chinese, following the UI language.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    // The guide's resource for a locale: Chinese for any zh locale, else English.
    static QString resourceFor(const QLocale &locale);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace guanxi::ui
