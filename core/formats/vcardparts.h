#pragma once
// The insides of VCardReader, shared by its source files and by nothing else:
//   vcard.cpp          the reader: bytes to lines, lines to cards, the API
//   vcardlines.cpp     physical lines, and logical ones with folds undone
//   vcardproperty.cpp  a property's name, parameters and decoded value
//   vcardcontact.cpp   the kept properties of a card put into its contact
#include "formats/vcard.h"

#include <QByteArray>
#include <QHash>

#include <functional>
#include <optional>

namespace guanxi {

namespace vcardread {

struct Param {
    QByteArray name;  // upper-cased; empty for a bare 2.1 parameter (TEL;CELL)
    QByteArray value; // without surrounding quotes
};

struct Property {
    QByteArray group; // lower-cased, as groups match case-insensitively
    QByteArray name;  // upper-cased
    QList<Param> params;
    QByteArray value; // still encoded: quoted-printable or base64, any charset
};

// vcardproperty.cpp
// Reads "group.NAME;param;param:" and returns the index of the ':' that
// starts the value, or -1; a stray quote in a 2.1 line is retried without
// quote handling.
qsizetype parseHeaderLenient(QByteArrayView text, Property &p);
std::optional<Property> parseProperty(const QByteArray &text);
QByteArray paramValue(const Property &p, const char *name);
// ENCODING=QUOTED-PRINTABLE, ENCODING=BASE64/b, or the bare 2.1 forms.
QByteArray encodingOf(const Property &p);
bool isEncodingKeyword(const QByteArray &upper);
// Where a value is: its line, and the line its card starts on.
struct ValueSite {
    int line = 0;
    int cardLine = 0;
};
// The value as text: quoted-printable or base64 undone, then decoded from its
// CHARSET (UTF-8 when none is given). Line breaks become "\n". Damaged bytes
// are dropped and an unknown CHARSET read as UTF-8, each with a warning that
// names the line and the card's line: one odd field never refuses a file.
QString decodeValue(const Property &p, const ValueSite &site, QStringList &warnings);
// The property as the user calls it, with its name for whoever looks at the
// file: "note (NOTE)".
QString fieldWhat(const QByteArray &name);
// Splits at separators not escaped with a backslash; escapes are kept for
// unescape(). In 2.1 a backslash escapes nothing but ';'.
QStringList splitEscaped(const QString &text, QStringView separators, bool v21);
// \n \N \\ \, \; \: in 3.0/4.0; only \; in 2.1. Unknown escapes stay as written.
QString unescape(const QString &text, bool v21);
// The `count` first ;-separated components unescaped and trimmed, and any more.
QStringList components(const QString &text, int count, bool v21);

// A content line with its folds and soft line breaks undone.
struct Line {
    int number = 0; // physical line it starts on
    QByteArray text;
    bool headerKnown = false;
    bool quotedPrintable = false;
    bool base64 = false;
    bool overlong = false; // text holds only the first MaxLineBytes
};

// vcardlines.cpp
// Joins physical lines into logical ones on bytes, before any decoding, so a
// fold or a soft line break may split a multi-byte character. Blank lines
// are dropped; they also end a 2.1 base64 block. Each line goes to take() as
// soon as it is complete, so only one line is held however big the file;
// take() returns false to stop.
class Unfolder {
public:
    using Take = std::function<bool(const Line &)>;
    explicit Unfolder(Take take) : m_take(std::move(take)) {}

    // False once take() said stop. `cut`: the splitter dropped the end of
    // this physical line, as it was longer than MaxLineBytes.
    bool feed(QByteArrayView physical, bool cut);
    void finish();

private:
    Take m_take;
    std::optional<Line> m_last; // may still go on
    int m_number = 0;
};

// Cuts bytes arriving in chunks into physical lines ending with CRLF, LF or
// CR; a CR at the end of a chunk waits for the next one to see if LF follows.
// A line still unfinished past MaxLineBytes goes on cut, and the rest of it
// is dropped as it arrives: memory stays bounded whatever the file holds.
class LineSplitter {
public:
    using Emit = std::function<bool(QByteArrayView bytes, bool cut)>;
    // Calls line(bytes, cut) for every complete line; false when it said stop.
    bool feed(QByteArrayView chunk, bool atEnd, const Emit &line);

private:
    QByteArray m_pending;
    qsizetype m_scanned = 0; // of m_pending, known to hold no line end
    bool m_skipping = false; // dropping the rest of a cut line
    bool m_dropLf = false;   // a dropped line ended with CR at the end of a chunk
};

// vcardcontact.cpp
// One card being read.
struct Card {
    VCardContact contact;
    qsizetype chars = 0; // of the kept values so far
    int properties = 0;  // kept ones
    bool photo = false;
    bool agentOpen = false; // the last property was an AGENT with nothing or BEGIN:VCARD: a nested card follows
    QHash<QByteArray, QString> labels;
    QList<QByteArray> phoneGroups, emailGroups, addressGroups;
    QStringList warnings; // what decoding this card's values passed over; the parser takes them

    bool v21() const { return contact.version == u"2.1"; }
    // Puts the item groups' labels on the phones, e-mails and addresses.
    void finish();
};

// The properties a contact keeps; the others are skipped unread.
bool isKept(const QByteArray &name);
// Decodes a kept property into the card, within the card's limits.
Status applyProperty(Card &card, const Property &p, int line);

} // namespace vcardread

} // namespace guanxi
