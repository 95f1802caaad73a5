#pragma once

// The order import's field table, shared by OrderImport's guessing
// (orderfields.cpp) and its rows (orderimport.cpp). Not for other callers.

#include "sales/order.h"

#include <QList>
#include <QString>

namespace guanxi::orderfields {

// An order as read from its row, with what names its customer: a reference
// (an id, phone, e-mail or exact name) and the customer's phone and e-mail
// when the file has columns for them (a shop's export: 收货人, 收货人手机).
struct Draft {
    Order order;
    QString customerRef;
    QString phone;
    QString email;
};

// One field an order column can fill: its key (saved mappings and --map use
// it), its label (OrderImport's context; also what a missing column is
// called), whether the file must have it, the headers it is guessed from (a
// regular expression over HeaderMatch::normalised), and how a non-empty
// cell, or an empty one, fills the draft; apply returns why the cell is
// refused, or nothing.
struct Field {
    const char *key;
    const char *label;
    bool required;
    const char *headers;
    QString (*apply)(Draft &, const QString &cell);
};

const QList<Field> &all();
const Field *find(const QString &key);
// The keys that can name the customer; a file needs one of them.
QStringList customerKeys();

} // namespace guanxi::orderfields
