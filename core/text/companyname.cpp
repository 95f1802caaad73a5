#include "text/companyname.h"

#include <QRegularExpression>
#include <QStringList>

namespace guanxi {

QString CompanyName::core(const QString &name)
{
    QString s = name.normalized(QString::NormalizationForm_KC).toLower();
    // Bracketed regions and branches: (中国), (北京), （上海分公司）
    static const QRegularExpression bracketed(QStringLiteral(R"([(（][^)）]*[)）])"));
    s.remove(bracketed);
    // Longest first, so 股份有限公司 goes before 有限公司.
    static const QStringList suffixes = {
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("集团有限公司"),
        QStringLiteral("有限公司"), QStringLiteral("集团公司"), QStringLiteral("股份公司"), QStringLiteral("分公司"),
        QStringLiteral("公司"), QStringLiteral("集团"), QStringLiteral("co., ltd."), QStringLiteral("co.,ltd."),
        QStringLiteral("co. ltd."), QStringLiteral("co ltd"), QStringLiteral("company limited"),
        QStringLiteral("limited"), QStringLiteral("ltd."), QStringLiteral("ltd"), QStringLiteral("inc."),
        QStringLiteral("inc"), QStringLiteral("llc"), QStringLiteral("corp."), QStringLiteral("corporation"),
        QStringLiteral("gmbh"), QStringLiteral("group"), QStringLiteral("co."),
    };
    bool stripped = true;
    while (stripped) {
        stripped = false;
        s = s.trimmed();
        for (const QString &suffix : suffixes) {
            if (s.endsWith(suffix) && s.size() > suffix.size()) {
                s.chop(suffix.size());
                s = s.trimmed();
                while (s.endsWith(u',') || s.endsWith(u'.'))
                    s.chop(1);
                stripped = true;
                break;
            }
        }
    }
    return s.simplified();
}

QString CompanyName::key(const QString &name)
{
    QString key;
    for (QChar c : core(name))
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

} // namespace guanxi
