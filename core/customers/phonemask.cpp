#include "customers/phonemask.h"

#include "platform/session.h"
#include "text/phone.h"

namespace guanxi {

namespace {
// The national significant number of a verified E.164 number
// ("+8613812345678;ext=5" -> "13812345678").
QString nationalDigits(const QString &e164)
{
    const QString number = e164.section(u';', 0, 0);
    const PhoneCheck check = PhoneNumber::check(number, {});
    const int code = check.region.isEmpty() ? 0 : PhoneNumber::countryCode(check.region);
    QString digits = PhoneNumber::digits(number);
    const QString prefix = code ? QString::number(code) : QString();
    if (!prefix.isEmpty() && digits.startsWith(prefix) && digits.size() > prefix.size())
        digits.remove(0, prefix.size());
    return digits;
}
} // namespace

QString PhoneMask::mask(const QString &raw, const QString &e164)
{
    const QString digits = e164.isEmpty() ? PhoneNumber::digits(raw) : nationalDigits(e164);
    const QString stars = QStringLiteral("****");
    if (digits.size() > 7)
        return digits.left(3) + stars + digits.right(4);
    return stars + digits.right(2);
}

bool PhoneMask::applies(const Session &session, qint64 ownerId)
{
    return ownerId == 0 && session.access().role != Role::Admin;
}

bool PhoneMask::apply(const Session &session, Customer &customer)
{
    if (!applies(session, customer.ownerId))
        return false;
    for (Phone &p : customer.phones) {
        p.raw = mask(p.raw, p.e164);
        p.e164.clear();
        p.problem.clear();
    }
    customer.emails.clear();
    return true;
}

} // namespace guanxi
