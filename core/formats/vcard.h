#pragma once

#include "platform/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>

namespace guanxi {

// Contacts from and to vCard files (.vcf): 2.1 as old phones and Outlook
// write it (quoted-printable, CHARSET=GBK...), 3.0 (Apple, Google) and 4.0
// (RFC 6350). Only what a CRM keeps is read; photos, X- and other
// properties are skipped.

// A phone number or e-mail address. Types are lower-cased keywords as the
// file gives them ("cell", "work", "home", "pref", "fax", "voice",
// "internet"...). label is a custom label from an Apple item group
// (item1.X-ABLabel:Office); Apple's built-in labels become types instead.
struct VCardTyped {
    QString value;
    QStringList types;
    QString label;

    bool operator==(const VCardTyped &) const = default;
};

struct VCardAddress {
    QString poBox, extended, street, city, region, postalCode, country;
    QStringList types;
    QString label;

    bool operator==(const VCardAddress &) const = default;
};

struct VCardContact {
    // Physical line of BEGIN:VCARD (1-based); 0 when not read from a file.
    int line = 0;
    // "2.1", "3.0", "4.0" as the card says; empty if it says nothing.
    QString version;
    QString formattedName;                                              // FN
    QString familyName, givenName, additionalNames, prefixes, suffixes; // N
    QString organization;                                               // ORG, first component
    QStringList orgUnits; // ORG, the other components (departments)
    QString title;        // TITLE
    // TEL; a "tel:" URI becomes the bare number, ";ext=12" becomes " ext. 12".
    QList<VCardTyped> phones;
    QList<VCardTyped> emails; // EMAIL; "mailto:" is dropped
    QList<VCardAddress> addresses;
    // BDAY as a date when it is a full one; invalid for --0412, 1985, free text.
    QDate birthday;
    // BDAY as written, whatever it is (Apple's year-less 1604-04-12 becomes --0412).
    QString birthdayText;
    QString note; // NOTE; several NOTEs are joined with a line break
    QStringList categories;
    QString uid;

    bool operator==(const VCardContact &) const = default;
};

struct VCardFile {
    QList<VCardContact> contacts;
    QStringList warnings; // what was skipped, each starting with its line number
};

struct VCardReader {
    Q_DECLARE_TR_FUNCTIONS(VCardReader)
public:
    // What one card may hold, so that no file can take all memory: its kept
    // values (names, phones, notes...) add up to at most MaxCardChars
    // characters, as CSV caps a record, in at most MaxCardProperties
    // properties. A file past either is refused, saying which card. Skipped
    // properties (a photo) may be longer: past MaxLineBytes the rest of their
    // line is dropped unread. Running out of memory anyway is an Error too.
    static constexpr qsizetype MaxCardChars = 1024 * 1024;
    static constexpr int MaxCardProperties = 10000;
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;

    // Takes UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one
    // when its zero bytes show it). Fails when the bytes are not a vCard at
    // all, or when a card has no END:VCARD. A kept value that cannot be
    // decoded in its character set (UTF-8 unless CHARSET says otherwise) is
    // kept without the bytes that do not decode, never with U+FFFD in their
    // place, and a warning says so: one odd field never refuses the file.
    static Result<VCardFile> parse(const QByteArray &bytes);
    static Result<VCardFile> read(const QString &path);
    // The same a card at a time: each contact goes to onContact as soon as
    // its card ends (return false to stop), so memory holds one card however
    // big the file. Gives the warnings; after an error, the contacts before
    // it have been passed on already.
    static Result<QStringList> read(const QString &path, const std::function<bool(VCardContact &&)> &onContact,
                                    const std::function<void(double)> &progress = {});
};

enum class VCardVersion { V30, V40 };

// UTF-8 with CRLF line ends, folded at 75 octets without splitting a
// character; labels go into Apple item groups (item1.X-ABLabel). FN is made
// up from the name, company, e-mail or phone when it is empty, as both
// versions require it. Reading the output gives the contacts back, except
// that line, version and a full date's birthdayText are the file's, values
// are trimmed, types lower-cased, and control characters but tab and line
// breaks dropped.
struct VCardWriter {
    static QByteArray write(const QList<VCardContact> &contacts, VCardVersion version);
};

} // namespace guanxi
