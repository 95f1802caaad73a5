#include "sales/dealstore.h"

#include "platform/changelogstore.h"
#include "platform/db/database.h"
#include "platform/db/sqlerror.h"
#include "platform/db/sqlvalues.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "sales/salesaccess.h"
#include "team/userstore.h"
#include "text/money.h"
#include "platform/clock.h"

#include <QSqlQuery>

namespace guanxi {

using sql::nullable;
using sql::run;

namespace {
StageKind kindFrom(const QString &code)
{
    return code == QStringLiteral("won") ? StageKind::Won : code == QStringLiteral("lost") ? StageKind::Lost : StageKind::Open;
}
QString kindCode(StageKind k)
{
    return k == StageKind::Won ? QStringLiteral("won") : k == StageKind::Lost ? QStringLiteral("lost") : QStringLiteral("open");
}

const QString selectDeal = QStringLiteral(
    "SELECT d.id, d.customer_id, c.name, d.title, d.amount_minor, d.currency, d.stage_id, d.probability, "
    "d.expected_close, d.owner_id, u.display_name, d.products, d.lost_reason, d.closed_at, d.last_activity_at, "
    "d.row_version FROM deals d JOIN customers c ON c.id = d.customer_id LEFT JOIN users u ON u.id = d.owner_id ");

Deal dealFrom(const QSqlQuery &q, const QDateTime &now)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.customerId = q.value(1).toLongLong();
    d.customerName = q.value(2).toString();
    d.title = q.value(3).toString();
    d.amountMinor = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.stageId = q.value(6).toLongLong();
    d.probability = q.value(7).isNull() ? -1 : q.value(7).toInt();
    d.expectedClose = fromStoredDate(q.value(8).toString());
    d.ownerId = q.value(9).toLongLong();
    d.ownerName = q.value(10).toString();
    d.products = q.value(11).toString();
    d.lostReason = q.value(12).toString();
    d.closedAt = fromStoredTime(q.value(13).toString());
    d.lastActivityAt = fromStoredTime(q.value(14).toString());
    d.version = q.value(15).toLongLong();
    d.stale = !d.closedAt.isValid() && d.lastActivityAt.isValid()
              && d.lastActivityAt < now.addDays(-DealStore::staleDays);
    return d;
}
} // namespace

Result<QList<DealStage>> DealStore::stages() const
{
    QSqlQuery q(m_session.db().connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name, probability, kind, position FROM deal_stages ORDER BY position, id")))
        return SqlErrors::from(q.lastError(), tr("Could not read the funnel stages."));
    QList<DealStage> out;
    while (q.next())
        out << DealStage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                         kindFrom(q.value(4).toString()), q.value(5).toInt()};
    return out;
}

Result<DealStage> DealStore::stage(qint64 id) const
{
    auto all = stages();
    if (!all)
        return all.error();
    for (const DealStage &s : *all)
        if (s.id == id)
            return s;
    return Error{tr("Funnel stage %1 does not exist.").arg(id), {}, QStringLiteral("stage")};
}

Result<qint64> DealStore::addStage(const DealStage &s)
{
    if (Status st = m_session.require(Permission::EditStagesChannels); !st)
        return st.error();
    if (s.name.simplified().isEmpty())
        return Error{tr("Enter a name for the stage."), {}, QStringLiteral("name")};
    if (s.probability < 0 || s.probability > 100)
        return Error{tr("The probability must be between 0 and 100 %."), {}, QStringLiteral("probability")};
    Transaction tx(m_session.db());
    if (Status st = tx.begin(); !st)
        return st.error();
    QSqlQuery q(m_session.db().connection());
    // New open stages go before the closing stages (won, lost).
    if (!run(q, QStringLiteral("INSERT INTO deal_stages (name, probability, kind, position) VALUES (?, ?, ?, "
                               "(SELECT coalesce(max(position), 0) FROM deal_stages WHERE kind = 'open') + 1) RETURNING id"),
             {s.name.simplified(), s.probability, kindCode(s.kind)})
        || !q.next())
        return SalesAccess::isDuplicate(q.lastError())
                   ? Result<qint64>(Error{tr("A stage named “%1” exists already.").arg(s.name), {}, QStringLiteral("name")})
                   : Result<qint64>(SqlErrors::from(q.lastError(), tr("Could not add the stage.")));
    const qint64 id = q.value(0).toLongLong();
    if (!run(q, QStringLiteral("UPDATE deal_stages SET position = position + 1 WHERE kind <> 'open' AND id <> ?"), {id}))
        return SqlErrors::from(q.lastError(), tr("Could not add the stage."));
    if (Status st = tx.commit(); !st)
        return st.error();
    m_session.announce(Session::Changed::Deals);
    return id;
}

Status DealStore::updateStage(const DealStage &s)
{
    if (Status st = m_session.require(Permission::EditStagesChannels); !st)
        return st;
    if (s.name.simplified().isEmpty())
        return Error{tr("Enter a name for the stage."), {}, QStringLiteral("name")};
    if (s.probability < 0 || s.probability > 100)
        return Error{tr("The probability must be between 0 and 100 %."), {}, QStringLiteral("probability")};
    auto old = stage(s.id);
    if (!old)
        return old.error();
    QSqlQuery q(m_session.db().connection());
    // A renamed built-in stage becomes the user's own name.
    const bool renamed = s.name.simplified() != Deals::stageName(*old);
    if (!run(q, QStringLiteral("UPDATE deal_stages SET name = ?, probability = ?, code = ? WHERE id = ?"),
             {renamed ? s.name.simplified() : old->name, s.probability, renamed ? QVariant() : nullable(old->code), s.id}))
        return SqlErrors::from(q.lastError(), tr("Could not save the stage."));
    m_session.announce(Session::Changed::Deals);
    return {};
}

Status DealStore::removeStage(qint64 stageId)
{
    if (Status st = m_session.require(Permission::EditStagesChannels); !st)
        return st;
    auto s = stage(stageId);
    if (!s)
        return s.error();
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"), {stageId}) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not remove the stage."));
    const qint64 inUse = q.value(0).toLongLong();
    if (inUse > 0)
        return Error{tr("%n deal(s) are in the stage “%1”. Move them to another stage first; nothing was removed.", nullptr,
                            int(inUse))
                         .arg(Deals::stageName(*s)),
                     {}, QStringLiteral("stage")};
    if (s->kind != StageKind::Open)
        return Error{tr("The funnel needs its won and lost stages; rename them instead."), {}, QStringLiteral("stage")};
    if (!run(q, QStringLiteral("DELETE FROM deal_stages WHERE id = ?"), {stageId}))
        return SqlErrors::from(q.lastError(), tr("Could not remove the stage."));
    m_session.announce(Session::Changed::Deals);
    return {};
}

Result<qint64> DealStore::create(Deal d)
{
    if (const QList<Error> e = Deals::validate(d, m_session.today()); !e.isEmpty())
        return e.first();
    auto s = d.stageId ? stage(d.stageId) : Result<DealStage>(Error{});
    if (!d.stageId) {
        auto all = stages();
        if (!all || all->isEmpty())
            return Error{tr("The funnel has no stages."), {}, QStringLiteral("stage")};
        d.stageId = all->first().id;
        s = all->first();
    }
    if (!s)
        return s.error();
    if (Status st = SalesAccess::customerVisible(m_session, d.customerId); !st)
        return st.error();
    if (Status st = SalesAccess::ownerAllowed(m_session, d.ownerId ? d.ownerId : m_session.userId(),
                                                   SalesAccess::Record::Deal); !st)
        return st.error();
    Transaction tx(m_session.db());
    if (Status st = tx.begin(); !st)
        return st.error();
    const QString now = toStoredTime(m_session.now());
    const qint64 owner = d.ownerId ? d.ownerId : m_session.userId();
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("INSERT INTO deals (customer_id, title, amount_minor, currency, stage_id, probability, "
                               "expected_close, owner_id, products, closed_at, last_activity_at, created_at, created_by, "
                               "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {d.customerId, d.title, d.amountMinor, d.currency, d.stageId,
              d.probability < 0 ? QVariant() : QVariant(d.probability),
              d.expectedClose.isValid() ? QVariant(toStoredDate(d.expectedClose)) : QVariant(), nullable(owner),
              nullable(d.products), s->kind == StageKind::Open ? QVariant() : QVariant(now), now, now,
              nullable(m_session.userId()), now, nullable(m_session.userId())})
        || !q.next()) {
        if (SalesAccess::isMissingReference(q.lastError()))
            return Error{tr("Customer %1 does not exist.").arg(d.customerId), {}, QStringLiteral("customer")};
        return SqlErrors::from(q.lastError(), tr("Could not save the deal “%1”.").arg(d.title));
    }
    const qint64 id = q.value(0).toLongLong();
    if (!run(q, QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, moved_at, user_id) "
                               "VALUES (?, NULL, ?, ?, ?)"),
             {id, d.stageId, now, nullable(m_session.userId())}))
        return SqlErrors::from(q.lastError(), tr("Could not save the deal “%1”.").arg(d.title));
    if (Status st = ChangeLogStore(m_session).record(Change::created(QStringLiteral("deal"), id, d.title)); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    m_session.announce(Session::Changed::Deals, {id});
    return id;
}

Status DealStore::update(Deal d)
{
    if (const QList<Error> e = Deals::validate(d, m_session.today()); !e.isEmpty())
        return e.first();
    auto before = get(d.id);
    if (!before)
        return before.error();
    if (Status s = SalesAccess::ownerAllowed(m_session, d.ownerId, SalesAccess::Record::Deal); !s)
        return s;
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE deals SET title = ?, amount_minor = ?, currency = ?, probability = ?, "
                               "expected_close = ?, owner_id = ?, products = ?, last_activity_at = ?, updated_at = ?, "
                               "updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND (CAST(? AS bigint) = 0 OR row_version = ?)"),
             {d.title, d.amountMinor, d.currency, d.probability < 0 ? QVariant() : QVariant(d.probability),
              d.expectedClose.isValid() ? QVariant(toStoredDate(d.expectedClose)) : QVariant(), nullable(d.ownerId),
              nullable(d.products), toStoredTime(m_session.now()), toStoredTime(m_session.now()),
              nullable(m_session.userId()), d.id, d.version, d.version}))
        return SqlErrors::from(q.lastError(), tr("Could not save the deal “%1”.").arg(d.title));
    // Checked and written in one statement; the deal was read just now.
    if (q.numRowsAffected() == 0)
        return ChangeLogStore(m_session).conflict(QStringLiteral("deal"), d.id);
    ChangeLogStore log(m_session);
    const QString batch = ChangeLogStore::newBatch(); // one edit, read back as one (ChangeLogStore::latestEdit)
    for (auto [field, oldValue, newValue] :
         {std::tuple{QStringLiteral("title"), before->title, d.title},
          std::tuple{QStringLiteral("amount"), Money::plain(before->amountMinor), Money::plain(d.amountMinor)},
          std::tuple{QStringLiteral("expected_close"), toStoredDate(before->expectedClose), toStoredDate(d.expectedClose)},
          std::tuple{QStringLiteral("probability"), QString::number(before->probability), QString::number(d.probability)},
          // By id, so that a hand-over between two people of the same name
          // is logged too; the names are looked up only then.
          std::tuple{QStringLiteral("owner"),
                     before->ownerId == d.ownerId ? QString() : UserStore(m_session).nameForHistory(before->ownerId),
                     before->ownerId == d.ownerId ? QString() : UserStore(m_session).nameForHistory(d.ownerId)}}) {
        if (field == u"owner" ? before->ownerId == d.ownerId : oldValue == newValue)
            continue;
        Change c;
        c.entity = QStringLiteral("deal");
        c.entityId = d.id;
        c.action = QStringLiteral("update");
        c.field = field;
        c.oldValue = oldValue;
        c.newValue = newValue;
        c.batch = batch;
        if (Status s = log.record(c); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Deals, {d.id});
    return {};
}

Result<Deal> DealStore::get(qint64 id) const
{
    QSqlQuery q(m_session.db().connection());
    // Another's deal this session does not see reads as not there.
    if (!run(q, selectDeal + QStringLiteral("WHERE d.id = ? AND ") + m_session.visibleOwner(QStringLiteral("d.owner_id")),
             {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read deal %1.").arg(id));
    if (!q.next())
        return Error{tr("There is no deal with number %1.").arg(id), {}, {}, ErrorKind::NotFound};
    return dealFrom(q, m_session.now());
}

Status DealStore::move(qint64 id, qint64 stageId, const QString &lostReason, qint64 version, qint64 *savedVersion)
{
    auto deal = get(id);
    if (!deal)
        return deal.error();
    auto target = stage(stageId);
    if (!target)
        return target.error();
    if (deal->stageId == stageId) {
        if (savedVersion)
            *savedVersion = deal->version;
        return {};
    }
    if (target->kind == StageKind::Lost && lostReason.trimmed().isEmpty())
        return Error{tr("Say why “%1” was lost (price, competitor, no budget, timing…).").arg(deal->title), {},
                     QStringLiteral("lost_reason")};
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    const QString now = toStoredTime(m_session.now());
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE deals SET stage_id = ?, closed_at = ?, lost_reason = ?, last_activity_at = ?, "
                               "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND (CAST(? AS bigint) = 0 OR row_version = ?)"),
             {stageId, target->kind == StageKind::Open ? QVariant() : QVariant(now),
              target->kind == StageKind::Lost ? QVariant(lostReason.simplified()) : QVariant(), now, now,
              nullable(m_session.userId()), id, version, version}))
        return SqlErrors::from(q.lastError(), tr("Could not move the deal “%1”.").arg(deal->title));
    if (q.numRowsAffected() == 0)
        return ChangeLogStore(m_session).conflict(QStringLiteral("deal"), id);
    if (!run(q, QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, moved_at, user_id) "
                               "VALUES (?, ?, ?, ?, ?)"),
             {id, deal->stageId, stageId, now, nullable(m_session.userId())}))
        return SqlErrors::from(q.lastError(), tr("Could not move the deal “%1”.").arg(deal->title));
    auto from = stage(deal->stageId);
    Change c;
    c.entity = QStringLiteral("deal");
    c.entityId = id;
    c.action = QStringLiteral("update");
    c.field = QStringLiteral("stage");
    c.oldValue = from ? Deals::stageName(*from) : QString::number(deal->stageId);
    c.newValue = Deals::stageName(*target) + (lostReason.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + lostReason.simplified());
    if (Status s = ChangeLogStore(m_session).record(c); !s)
        return s;
    if (savedVersion)
        if (Status s = versionNow(id, savedVersion); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Deals, {id});
    return {};
}

Status DealStore::versionNow(qint64 id, qint64 *version) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT row_version FROM deals WHERE id = ?"), {id}) || !q.next())
        return SqlErrors::from(q.lastError(), tr("Could not read deal %1.").arg(id));
    *version = q.value(0).toLongLong();
    return {};
}

Status DealStore::touchActivity(qint64 id, const QString &at, const QString &failure)
{
    QSqlQuery &q = m_session.db().prepared(QStringLiteral("UPDATE deals SET last_activity_at = ")
                                           + m_session.db().dialect().greatest(QStringLiteral("last_activity_at"),
                                                                               QStringLiteral("?"))
                                           + QStringLiteral(", row_version = row_version + 1 WHERE id = ?"));
    q.bindValue(0, at);
    q.bindValue(1, id);
    if (!q.exec())
        return SqlErrors::from(q.lastError(), failure);
    return {};
}

Status DealStore::restoreStage(const Deal &snapshot, qint64 version, qint64 *savedVersion)
{
    auto current = get(snapshot.id);
    if (!current)
        return current.error();
    if (current->stageId == snapshot.stageId) {
        if (savedVersion)
            *savedVersion = current->version;
        return {};
    }
    Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("UPDATE deals SET stage_id = ?, closed_at = ?, lost_reason = ?, last_activity_at = ?, "
                               "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                               "WHERE id = ? AND (CAST(? AS bigint) = 0 OR row_version = ?)"),
             {snapshot.stageId, snapshot.closedAt.isValid() ? QVariant(toStoredTime(snapshot.closedAt)) : QVariant(),
              nullable(snapshot.lostReason), toStoredTime(snapshot.lastActivityAt), toStoredTime(m_session.now()),
              nullable(m_session.userId()), snapshot.id, version, version}))
        return SqlErrors::from(q.lastError(), tr("Could not move the deal “%1” back.").arg(snapshot.title));
    // Undo carries the version: a deal changed since the move is not moved back.
    if (q.numRowsAffected() == 0)
        return ChangeLogStore(m_session).conflict(QStringLiteral("deal"), snapshot.id);
    if (!run(q, QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, moved_at, user_id) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                {snapshot.id, current->stageId, snapshot.stageId, toStoredTime(m_session.now()), nullable(m_session.userId())}))
        return SqlErrors::from(q.lastError(), tr("Could not move the deal “%1” back.").arg(snapshot.title));
    if (savedVersion)
        if (Status s = versionNow(snapshot.id, savedVersion); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_session.announce(Session::Changed::Deals, {snapshot.id});
    return {};
}

Result<QList<StageMove>> DealStore::stageHistory(qint64 id) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, QStringLiteral("SELECT h.from_stage_id, h.to_stage_id, h.moved_at, u.display_name FROM deal_stage_history h "
                               "LEFT JOIN users u ON u.id = h.user_id WHERE h.deal_id = ? AND EXISTS (SELECT 1 FROM deals d "
                               "WHERE d.id = h.deal_id AND ")
                    + m_session.visibleOwner(QStringLiteral("d.owner_id")) + QStringLiteral(") ORDER BY h.moved_at, h.id"),
             {id}))
        return SqlErrors::from(q.lastError(), tr("Could not read the deal's stages."));
    QList<StageMove> out;
    while (q.next())
        out << StageMove{q.value(0).toLongLong(), q.value(1).toLongLong(), fromStoredTime(q.value(2).toString()),
                         q.value(3).toString()};
    return out;
}

Result<QList<Deal>> DealStore::column(qint64 stageId, qint64 ownerId, qint64 offset, int limit) const
{
    QSqlQuery q(m_session.db().connection());
    QVariantList values = {stageId};
    QString sql = selectDeal + QStringLiteral("WHERE d.stage_id = ? AND c.deleted_at IS NULL AND ")
                  + m_session.visibleOwner(QStringLiteral("d.owner_id"));
    if (ownerId) {
        sql += QStringLiteral(" AND d.owner_id = ?");
        values << ownerId;
    }
    sql += QStringLiteral(" ORDER BY d.last_activity_at DESC, d.id DESC LIMIT ? OFFSET ?");
    values << limit << offset;
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not read the deals."));
    QList<Deal> out;
    const QDateTime now = m_session.now();
    while (q.next())
        out << dealFrom(q, now);
    return out;
}

namespace {
// The deals of the funnel: of live customers (deals of customers in the trash
// are out of the funnel until they are restored), of one owner if set, that
// the session sees.
QString funnelDeals(const Session &session, qint64 ownerId, QVariantList &values)
{
    QString sql = QStringLiteral(" FROM deals d JOIN customers c ON c.id = d.customer_id WHERE c.deleted_at IS NULL AND ")
                  + session.visibleOwner(QStringLiteral("d.owner_id"));
    if (ownerId) {
        sql += QStringLiteral(" AND d.owner_id = ?");
        values << ownerId;
    }
    return sql;
}

// Open deals the session sees expected to close in [first, end).
QString forecastDeals(const Session &session, qint64 ownerId, const QDate &first, const QDate &end, QVariantList &values)
{
    QString sql = QStringLiteral(" FROM deals d JOIN deal_stages s ON s.id = d.stage_id JOIN customers c ON c.id = d.customer_id "
                                 "WHERE s.kind = 'open' AND c.deleted_at IS NULL AND d.expected_close >= ? AND d.expected_close < ? AND ")
                  + session.visibleOwner(QStringLiteral("d.owner_id"));
    values << toStoredDate(first) << toStoredDate(end);
    if (ownerId) {
        sql += QStringLiteral(" AND d.owner_id = ?");
        values << ownerId;
    }
    return sql;
}
} // namespace

Result<QList<StageTotals>> DealStore::totals(qint64 ownerId) const
{
    QSqlQuery q(m_session.db().connection());
    QVariantList values{toStoredDate(m_session.today())};
    const QString sql = QStringLiteral("SELECT d.stage_id, count(*), coalesce(sum(")
                        + CurrencyRates::amountSql(QStringLiteral("d.amount_minor"), QStringLiteral("d.currency"),
                                                   CurrencyRates::dealDaySql(m_session.db().dialect()))
                        + QStringLiteral("), 0)") + funnelDeals(m_session, ownerId, values) + QStringLiteral(" GROUP BY d.stage_id");
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not add up the funnel."));
    QList<StageTotals> out;
    while (q.next())
        out << StageTotals{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return out;
}

Result<Conversion> DealStore::totalsConversion(qint64 ownerId) const
{
    QVariantList values{toStoredDate(m_session.today())};
    const QString records = QStringLiteral("SELECT d.currency AS currency, ") + CurrencyRates::dealDaySql(m_session.db().dialect())
                            + QStringLiteral(" AS day") + funnelDeals(m_session, ownerId, values);
    return CurrencyRates(m_session).conversion(records, values);
}

Result<QList<Deal>> DealStore::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_session.db().connection());
    if (!run(q, selectDeal + QStringLiteral("WHERE d.customer_id = ? AND ") + m_session.visibleOwner(QStringLiteral("d.owner_id"))
                    + QStringLiteral(" ORDER BY d.last_activity_at DESC"),
             {customerId}))
        return SqlErrors::from(q.lastError(), tr("Could not read the deals."));
    QList<Deal> out;
    while (q.next())
        out << dealFrom(q, m_session.now());
    return out;
}

Result<QList<ForecastMonth>> DealStore::forecast(qint64 ownerId, int months) const
{
    const QDate today = m_session.today();
    const QDate first(today.year(), today.month(), 1);
    const QDate end = first.addMonths(months);
    QSqlQuery q(m_session.db().connection());
    // Each deal in the base currency at the rate on its expected close date,
    // then weighted: sum(converted amount × percent) / 100, rounded to the fen.
    const QString amount = CurrencyRates::amountSql(QStringLiteral("d.amount_minor"), QStringLiteral("d.currency"),
                                                    QStringLiteral("d.expected_close"));
    QVariantList values;
    const QString sql = QStringLiteral("SELECT substr(d.expected_close, 1, 7), count(") + amount + QStringLiteral("), sum(")
                        + amount + QStringLiteral("), sum(") + amount
                        + QStringLiteral(" * coalesce(d.probability, s.probability))")
                        + forecastDeals(m_session, ownerId, first, end, values) + QStringLiteral(" GROUP BY 1 ORDER BY 1");
    if (!run(q, sql, values))
        return SqlErrors::from(q.lastError(), tr("Could not compute the forecast."));
    QList<ForecastMonth> out;
    for (int m = 0; m < months; ++m)
        out << ForecastMonth{first.addMonths(m), 0, 0, 0};
    // count(amount): deals without a rate are not in the month's figures (forecastConversion names them).
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        for (ForecastMonth &f : out)
            if (f.month == month) {
                f.deals = q.value(1).toInt();
                f.pipelineMinor = q.value(2).toLongLong();
                // Rounded to the fen: sum(amount × percent) / 100.
                f.weightedMinor = (q.value(3).toLongLong() + 50) / 100;
            }
    }
    return out;
}

Result<Conversion> DealStore::forecastConversion(qint64 ownerId, int months) const
{
    const QDate today = m_session.today();
    const QDate first(today.year(), today.month(), 1);
    QVariantList values;
    const QString records = QStringLiteral("SELECT d.currency AS currency, d.expected_close AS day")
                            + forecastDeals(m_session, ownerId, first, first.addMonths(months), values);
    return CurrencyRates(m_session).conversion(records, values);
}

} // namespace guanxi
