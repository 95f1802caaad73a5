#pragma once

#include <QStringList>

namespace guanxi {

// The labels of a contact's phones and e-mails as exports write them, in the
// words Guanxi keeps: "mobile", "work", "home", "fax", "pager", "main",
// "other", "extension", "car"; a label of the user's own ("Office", "老家")
// is kept as written.
struct ContactLabels {
    // A phone's label from its column's header: Outlook's "Mobile Phone" and
    // "Business Fax", Thunderbird's "Fax Number", 手机, 办公电话, 传真...;
    // empty when the header says nothing about the kind of line.
    static QString fromPhoneHeader(const QString &header);
    // A label cell (Google's "Phone 1 - Label", vCard types) in Guanxi's
    // words: "* Mobile" -> "mobile", "Work Fax" -> "fax", "SMTP" -> "".
    static QString normalised(const QString &label);
    // A label cell that may hold one label per value ("mobile; work"),
    // empty places kept so that labels pair with values by position.
    static QStringList split(const QString &cell);
    // vCard TEL/EMAIL types and label: the label when the user gave one,
    // else the most telling type (fax before pager before cell before work).
    static QString fromVcard(const QStringList &types, const QString &label);
    // Google's group cell: "* myContacts ::: * starred ::: Friends" gives
    // "Friends"; its system groups that hold everyone (My Contacts, Starred)
    // are not tags, the others (* Friends, * Family, * Coworkers) are.
    static QStringList tags(const QString &cell);
};

} // namespace guanxi
