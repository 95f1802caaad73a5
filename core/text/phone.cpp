#include "text/phone.h"

namespace guanxi {

QString PhoneNumber::digits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width ０-９, as Chinese IMEs type them
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        if (c >= u'0' && c <= u'9')
            out += c;
    }
    return out;
}

Result<QString> PhoneNumber::toE164(const QString &raw, const QString &defaultCountryCode)
{
    QString text = raw.trimmed();
    // "+44 (0)20 7946 0958": the (0) is the trunk prefix written for callers
    // inside the country; it is not dialled from abroad.
    if (text.startsWith(u'+') || text.startsWith(QStringLiteral("00")))
        text.replace(QStringLiteral("(0)"), QStringLiteral(" "));
    if (text.isEmpty())
        return Error{tr("Enter a phone number."), {}, {}};
    // Accept the separators people type, full-width digits and an extension
    // marker; anything else (letters, stray symbols) is a typo.
    QString digitsOnly;
    bool plus = false;
    for (int i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width ０-９
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        if (c >= u'0' && c <= u'9') {
            digitsOnly += c;
        } else if ((c == u'+' || c == u'\uFF0B') && digitsOnly.isEmpty() && !plus) {
            plus = true;
        } else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/'
                   || c == u'\u3000' || c == u'\uFF08' || c == u'\uFF09' || c == u'\uFF0D') {
            continue;
        } else {
            return Error{tr("“%1” is not a phone number: “%2” is not allowed. Use digits, spaces, "
                            "dashes, brackets and a leading +.")
                             .arg(text, QString(text.at(i))),
                         {}, {}};
        }
    }
    QString international;
    if (plus) {
        international = digitsOnly;
    } else if (digitsOnly.startsWith(QStringLiteral("00"))) {
        international = digitsOnly.mid(2);
    } else {
        QString national = digitsOnly;
        const QString cc = digits(defaultCountryCode);
        if (cc == QStringLiteral("86") && national.size() == 13 && national.startsWith(cc)
            && national.at(2) == u'1') {
            national = national.mid(2); // 8613812345678 typed without the +
        }
        if (national.startsWith(u'0'))
            national = national.mid(1); // trunk prefix: 010-8888 6666 -> 10 8888 6666
        else if (cc == QStringLiteral("1") && national.size() == 11 && national.startsWith(u'1'))
            national = national.mid(1); // North America dials a leading 1: 1 (415) 555-0100
        // Mainland mobiles have 11 digits and start with 1; Beijing landlines
        // (area code 10) are the only other numbers that start with 1.
        if (cc == QStringLiteral("86") && national.startsWith(u'1') && !national.startsWith(QStringLiteral("10"))
            && national.size() != 11)
            return Error{tr("“%1” has %2 digits; a mainland mobile number has 11 (e.g. 138 1234 "
                            "5678).")
                             .arg(text)
                             .arg(national.size()),
                         {}, {}};
        international = cc + national;
    }
    if (international.startsWith(u'0'))
        return Error{tr("“%1” is not a valid international number: a country code never starts "
                        "with 0.")
                         .arg(text),
                     {}, {}};
    if (international.size() < 8 || international.size() > 15)
        return Error{tr("“%1” has %2 digits with its country code; a phone number has 8 to 15.")
                         .arg(text)
                         .arg(international.size()),
                     {}, {}};
    return QString(u'+' + international);
}

} // namespace guanxi
