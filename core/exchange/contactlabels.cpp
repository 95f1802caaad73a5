#include "exchange/contactlabels.h"

#include <QHash>
#include <QRegularExpression>

namespace guanxi {

namespace {

struct HeaderLabel {
    const char *label;
    const char *pattern; // over the lower-cased header, spaces and punctuation kept
};

// Order matters: "Business Fax" is a fax before it is work, "Home Fax" too.
const QList<std::pair<QString, QRegularExpression>> &headerLabels()
{
    static const QList<std::pair<QString, QRegularExpression>> list = [] {
        const HeaderLabel table[] = {
            {"fax", "fax|传真|télécopie|telecopie|telefax"},
            {"pager", "pager|寻呼"},
            {"extension", "^(ext|extension|分机|分机号|分机号码)$"},
            {"mobile", "mobile|cell|手机|移动电话|mobiltelefon|mobil|portable"},
            {"car", "^car ?phone$|autotelefon"},
            {"home", "home|住宅|家庭|家里|privat|domicile"},
            {"work", "business|work|office|办公|商务|座机|工作|单位电话|geschäftlich|geschaftlich|bureau|professionnel"},
        };
        QList<std::pair<QString, QRegularExpression>> out;
        for (const HeaderLabel &h : table)
            out.append({QString::fromLatin1(h.label), QRegularExpression(QString::fromUtf8(h.pattern))});
        return out;
    }();
    return list;
}

} // namespace

QString ContactLabels::fromPhoneHeader(const QString &header)
{
    const QString h = header.trimmed().toLower();
    for (const auto &[label, re] : headerLabels())
        if (re.match(h).hasMatch())
            return label;
    return {};
}

QString ContactLabels::normalised(const QString &label)
{
    QString t = label.trimmed();
    while (t.startsWith(u'*'))   // Google marks the primary value "* Mobile"
        t = t.mid(1).trimmed();
    static const QHash<QString, QString> known = {
        {QStringLiteral("mobile"), QStringLiteral("mobile")}, {QStringLiteral("cell"), QStringLiteral("mobile")},
        {QStringLiteral("iphone"), QStringLiteral("mobile")}, {QStringLiteral("手机"), QStringLiteral("mobile")},
        {QStringLiteral("work"), QStringLiteral("work")},     {QStringLiteral("business"), QStringLiteral("work")},
        {QStringLiteral("home"), QStringLiteral("home")},     {QStringLiteral("main"), QStringLiteral("main")},
        {QStringLiteral("other"), QStringLiteral("other")},   {QStringLiteral("pager"), QStringLiteral("pager")},
        {QStringLiteral("fax"), QStringLiteral("fax")},       {QStringLiteral("work fax"), QStringLiteral("fax")},
        {QStringLiteral("home fax"), QStringLiteral("fax")},  {QStringLiteral("other fax"), QStringLiteral("fax")},
        {QStringLiteral("workfax"), QStringLiteral("fax")},   {QStringLiteral("homefax"), QStringLiteral("fax")},
        {QStringLiteral("传真"), QStringLiteral("fax")},      {QStringLiteral("car"), QStringLiteral("car")},
        {QStringLiteral("住宅"), QStringLiteral("home")},     {QStringLiteral("工作"), QStringLiteral("work")},
    };
    const QString lower = t.toLower();
    if (auto it = known.constFind(lower); it != known.constEnd())
        return *it;
    // Outlook's "E-mail Type" says how mail is sent, not whose address it is.
    if (lower == u"smtp" || lower == u"ex" || lower == u"internet" || lower == u"voice" || lower == u"pref")
        return {};
    return t;
}

QStringList ContactLabels::split(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|[;；\\n])\\s*"));
    QStringList out;
    for (const QString &part : cell.split(separators))
        out << normalised(part);
    return out;
}

QString ContactLabels::fromVcard(const QStringList &types, const QString &label)
{
    if (!label.trimmed().isEmpty())
        return normalised(label);
    for (const char *type : {"fax", "pager", "cell", "car", "work", "home", "main"})
        if (types.contains(QLatin1StringView(type), Qt::CaseInsensitive))
            return normalised(QString::fromLatin1(type));
    return {};
}

QStringList ContactLabels::tags(const QString &cell)
{
    // Google joins groups with " ::: "; people use , ; ， ； 、 and new lines.
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|[,;，；、\\n])\\s*"));
    static const QRegularExpression everyone(
        QStringLiteral("^(mycontacts|starred|starredinandroid|所有联系人|我的联系人|已加星标)$"));
    QStringList out;
    for (const QString &item : cell.split(separators, Qt::SkipEmptyParts)) {
        QString t = item.trimmed();
        const bool system = t.startsWith(u'*');
        while (t.startsWith(u'*'))
            t = t.mid(1).trimmed();
        if (t.isEmpty() || (system && everyone.match(t.toLower().remove(u' ')).hasMatch()))
            continue;
        if (!out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

} // namespace guanxi
