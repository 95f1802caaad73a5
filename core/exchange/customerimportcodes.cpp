// The codes scripts and saved settings use for a customer import's modes
// and match keys, and the keys' labels.
#include "exchange/customerimport.h"

#include "platform/enumtable.h"

namespace guanxi {

namespace {
constexpr auto modeTable = enumTable<ImportMode>("CustomerImport", {
    {ImportMode::Create, "create", nullptr},
    {ImportMode::Update, "update", nullptr},
    {ImportMode::Upsert, "upsert", nullptr},
});
constexpr auto keyTable = enumTable<MatchKey>("CustomerImport", {
    {MatchKey::Id, "id", QT_TRANSLATE_NOOP("CustomerImport", "Guanxi ID")},
    {MatchKey::Phone, "phone", QT_TRANSLATE_NOOP("CustomerImport", "Phone")},
    {MatchKey::Email, "email", QT_TRANSLATE_NOOP("CustomerImport", "E-mail")},
    {MatchKey::CompanyName, "company", QT_TRANSLATE_NOOP("CustomerImport", "Company name")},
    {MatchKey::NameAndCompany, "name-company", QT_TRANSLATE_NOOP("CustomerImport", "Name and company")},
    {MatchKey::Name, "name", QT_TRANSLATE_NOOP("CustomerImport", "Name")},
});
} // namespace

QString CustomerImport::modeCode(ImportMode mode) { return modeTable.code(mode); }
std::optional<ImportMode> CustomerImport::modeFromCode(const QString &code) { return modeTable.fromCode(code); }
QString CustomerImport::keyCode(MatchKey key) { return keyTable.code(key); }
std::optional<MatchKey> CustomerImport::keyFromCode(const QString &code) { return keyTable.fromCode(code); }
QString CustomerImport::keyLabel(MatchKey key) { return keyTable.label(key); }

} // namespace guanxi
