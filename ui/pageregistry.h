#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class QUndoStack;
class QWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// What a page is made from: the open file's session, the window's undo
// stack, and the stack widget that will hold it.
struct PageContext {
    Session &session;
    QUndoStack &undo;
    QWidget *parent;
};

// One page of the window. The list of them, in this order, builds the
// navigation rail, the View menu, the Ctrl+digit shortcuts and the shortcut
// help; a new module adds one line to pageRegistry().
struct PageSpec {
    QString id;                 // the rail icon's name (icons/nav-ID.svg)
    const char *menuText;       // View menu entry with its mnemonic (MainWindow context)
    const char *railText;       // the rail's label and the shortcut help's (MainWindow context)
    std::function<QWidget *(const PageContext &)> create;
};

const QList<PageSpec> &pageRegistry();
QString auditPageId();

// Ctrl+1 for the first page, … Ctrl+9 for the ninth, Ctrl+0 for the tenth;
// Ctrl+Shift+A for the audit trail; none for others after that.
QKeySequence pageShortcut(qsizetype index);

} // namespace guanxi::ui
