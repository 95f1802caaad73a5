#include "exchange/customerjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guanxi {

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QByteArray CustomerJson::write(const Customer &c)
{
    QJsonObject o;
    o[u"id"] = c.id;
    o[u"kind"] = Customers::kindCode(c.kind);
    o[u"name"] = c.name;
    o[u"company_id"] = c.companyId;
    o[u"job_title"] = c.jobTitle;
    o[u"province"] = c.province;
    o[u"city"] = c.city;
    o[u"address"] = c.address;
    o[u"industry"] = c.industry;
    o[u"source_id"] = c.sourceId;
    o[u"stage"] = Customers::stageCode(c.stage);
    o[u"owner_id"] = c.ownerId;
    o[u"tags"] = QJsonArray::fromStringList(c.tags);
    o[u"notes"] = c.notes;
    o[u"birthday"] = dateText(c.birthday);
    o[u"next_follow_up"] = dateText(c.nextFollowUp);
    QJsonArray phones;
    for (const Phone &p : c.phones)
        phones.append(QJsonObject{{QStringLiteral("label"), p.label}, {QStringLiteral("raw"), p.raw}, {QStringLiteral("e164"), p.e164}});
    o[u"phones"] = phones;
    QJsonArray emails;
    for (const Email &e : c.emails)
        emails.append(QJsonObject{{QStringLiteral("label"), e.label}, {QStringLiteral("address"), e.address}});
    o[u"emails"] = emails;
    QJsonObject custom;
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it)
        custom[QString::number(it.key())] = it.value();
    o[u"custom"] = custom;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Customer> CustomerJson::read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Customer c;
    c.id = o[u"id"].toInteger();
    c.kind = Customers::kindFromCode(o[u"kind"].toString()).value_or(CustomerKind::Person);
    c.name = o[u"name"].toString();
    c.companyId = o[u"company_id"].toInteger();
    c.jobTitle = o[u"job_title"].toString();
    c.province = o[u"province"].toString();
    c.city = o[u"city"].toString();
    c.address = o[u"address"].toString();
    c.industry = o[u"industry"].toString();
    c.sourceId = o[u"source_id"].toInteger();
    c.stage = Customers::stageFromCode(o[u"stage"].toString()).value_or(Stage::Lead);
    c.ownerId = o[u"owner_id"].toInteger();
    for (const QJsonValue &t : o[u"tags"].toArray())
        c.tags << t.toString();
    c.notes = o[u"notes"].toString();
    c.birthday = QDate::fromString(o[u"birthday"].toString(), Qt::ISODate);
    c.nextFollowUp = QDate::fromString(o[u"next_follow_up"].toString(), Qt::ISODate);
    for (const QJsonValue &v : o[u"phones"].toArray()) {
        const QJsonObject p = v.toObject();
        c.phones << Phone{p[u"label"].toString(), p[u"raw"].toString(), p[u"e164"].toString()};
    }
    for (const QJsonValue &v : o[u"emails"].toArray()) {
        const QJsonObject e = v.toObject();
        c.emails << Email{e[u"label"].toString(), e[u"address"].toString()};
    }
    const QJsonObject custom = o[u"custom"].toObject();
    for (auto it = custom.begin(); it != custom.end(); ++it)
        c.customValues.insert(it.key().toLongLong(), it.value().toString());
    return c;
}

} // namespace guanxi
