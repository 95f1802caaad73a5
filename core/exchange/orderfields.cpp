#include "exchange/orderfields.h"

#include "exchange/customerfields.h"
#include "exchange/headermatch.h"
#include "exchange/orderimport.h"
#include "text/datetext.h"
#include "text/money.h"

#include <QHash>

namespace guanxi::orderfields {

namespace {

// A status as people and shop exports write it: Guanxi's codes, the
// Chinese labels, and the states of Taobao/JD/Pinduoduo and Shopify exports.
std::optional<OrderStatus> statusFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (auto s = Orders::statusFromCode(t))
        return s;
    static const QHash<QString, OrderStatus> words = [] {
        QHash<QString, OrderStatus> h;
        const QList<std::pair<OrderStatus, const char *>> lists = {
            {OrderStatus::Draft, "草稿|draft|quote"},
            {OrderStatus::Signed, "已签约|已签订|待付款|等待买家付款|未付款|待支付|pending|unpaid|open|confirmed"},
            {OrderStatus::Delivered, "已交付|已发货|卖家已发货|待收货|等待买家确认收货|已出库|shipped|fulfilled|delivered"},
            {OrderStatus::Paid, "已回款|已付款|买家已付款|已支付|待发货|等待卖家发货|已完成|完成|交易成功|交易完成|"
                                "已收货|已签收|paid|completed|complete|closedwon|success"},
            {OrderStatus::Cancelled, "已取消|取消|交易关闭|交易取消|已关闭|退款|已退款|退款成功|全额退款|"
                                     "canceled|cancelled|refunded|voided|void"},
        };
        for (const auto &[status, list] : lists)
            for (const QString &w : QString::fromUtf8(list).split(u'|'))
                h.insert(w, status);
        return h;
    }();
    auto it = words.constFind(QString(t).remove(u' ').remove(u'_').remove(u'-'));
    return it == words.constEnd() ? std::nullopt : std::optional<OrderStatus>(*it);
}

QString currencyInto(Draft &d, const QString &cell)
{
    if (cell.isEmpty())
        return {};
    const QString c = cell.toUpper();
    static const QStringList yuan = {QStringLiteral("RMB"), QStringLiteral("人民币"), QStringLiteral("元"),
                                     QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("CNY")};
    d.order.currency = yuan.contains(c) ? QStringLiteral("CNY") : c;
    bool letters = d.order.currency.size() == 3;
    for (QChar ch : std::as_const(d.order.currency))
        letters = letters && ch >= u'A' && ch <= u'Z';
    return letters ? QString() : OrderImport::tr("not a currency code; use three letters such as CNY, USD or EUR");
}

QString amountInto(Draft &d, const QString &cell)
{
    // Shops write the yuan sign in front (¥128.00, ￥128.00) or 元 after.
    QString text = cell;
    text.remove(u'¥').remove(u'￥').remove(u'元');
    auto amount = Money::parse(text.trimmed());
    if (!amount)
        return amount.error().message;
    d.order.totalMinor = *amount;
    return {};
}

} // namespace

const QList<Field> &all()
{
    static const QList<Field> list = {
        {"number", QT_TRANSLATE_NOOP("OrderImport", "order number"), true,
         "^(number|no|ordernumber|orderno|ordernum|orderid|order|orderref|orderreference|"
         "订单号|订单编号|订单id|单号|订单编码|编号|主订单编号|子订单编号|平台单号|外部单号)$",
         [](Draft &d, const QString &c) {
             d.order.number = c;
             return c.isEmpty() ? OrderImport::tr("the order number is empty") : QString();
         }},
        {"customer", QT_TRANSLATE_NOOP("OrderImport", "customer"), false,
         "^(customer|customername|customerreference|customerid|client|clientname|buyer|buyername|billingname|"
         "shippingname|客户|客户名称|客户编号|客户姓名|买家|买家姓名|买家会员名|买家昵称|会员名|收货人|"
         "收货人姓名|收件人|下单人|购买人|联系人)$",
         [](Draft &d, const QString &c) { d.customerRef = c; return QString(); }},
        {"customer_phone", QT_TRANSLATE_NOOP("OrderImport", "customer's phone"), false,
         "^(phone|mobile|tel|telephone|customerphone|buyerphone|billingphone|shippingphone|手机|手机号|手机号码|"
         "电话|联系电话|联系手机|收货人手机|收货人电话|收件人手机|收件人电话|买家手机|客户电话|客户手机)$",
         [](Draft &d, const QString &c) { d.phone = CustomerFields::splitList(c).value(0); return QString(); }},
        {"customer_email", QT_TRANSLATE_NOOP("OrderImport", "customer's e-mail"), false,
         "^(e?mail|emailaddress|customeremail|buyeremail|billingemail|邮箱|电子邮件|电子邮箱|客户邮箱|买家邮箱)$",
         [](Draft &d, const QString &c) { d.email = CustomerFields::splitList(c).value(0); return QString(); }},
        {"date", QT_TRANSLATE_NOOP("OrderImport", "date"), true,
         "^(date|orderdate|orderedat|ordertime|createdat|createddate|created|purchasedate|paidat|日期|下单日期|"
         "下单时间|订单日期|订单时间|成交日期|成交时间|付款时间|付款日期|支付时间|订单创建时间|创建时间)$",
         [](Draft &d, const QString &c) {
             d.order.orderDate = DateText::parse(c);
             return d.order.orderDate.isValid() ? QString() : OrderImport::tr("not a date; write it like 2026-03-31");
         }},
        {"amount", QT_TRANSLATE_NOOP("OrderImport", "amount"), true,
         "^(amount|total|totalamount|ordertotal|grandtotal|totalprice|sum|amountpaid|金额|总额|总金额|订单金额|"
         "实付金额|实付款|实收金额|应付金额|成交金额|支付金额|付款金额|买家实付|买家实际支付金额|订单总额|合计|"
         "实付金额元|订单金额元|金额元)$",
         amountInto},
        // Not required: a file without it takes OrderImportOptions::defaultStatus.
        {"status", QT_TRANSLATE_NOOP("OrderImport", "status"), false,
         "^(status|state|orderstatus|financialstatus|状态|订单状态|交易状态)$",
         [](Draft &d, const QString &c) {
             if (c.isEmpty())
                 return OrderImport::tr("the status is empty; write one, or choose the status of orders without one "
                                        "(--status, or “Status for orders without one” in the wizard)");
             if (auto status = statusFrom(c)) {
                 d.order.status = *status;
                 return QString();
             }
             return OrderImport::tr("unknown status; use draft, signed, delivered, paid or cancelled "
                                    "(草稿/已签约/已交付/已回款/已取消; 交易成功, 已发货, 退款 and the like are "
                                    "understood too)");
         }},
        {"currency", QT_TRANSLATE_NOOP("OrderImport", "currency"), false,
         "^(currency|currencycode|币种|货币|币别|结算币种)$", currencyInto},
    };
    return list;
}

const Field *find(const QString &key)
{
    for (const Field &f : all())
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QStringList customerKeys()
{
    return {QStringLiteral("customer"), QStringLiteral("customer_phone"), QStringLiteral("customer_email")};
}

} // namespace guanxi::orderfields

namespace guanxi {

QList<ImportField> OrderImport::fields()
{
    QList<ImportField> out;
    for (const orderfields::Field &f : orderfields::all())
        out << ImportField{QString::fromLatin1(f.key), tr(f.label), false};
    return out;
}

QStringList OrderImport::guess(const QStringList &header)
{
    QList<HeaderMatch::Rule> rules;
    for (const orderfields::Field &f : orderfields::all())
        rules << HeaderMatch::rule(f.key, f.headers);
    QStringList keys(header.size());
    HeaderMatch::assign(header, rules, keys);
    return keys;
}

QStringList OrderImport::requiredKeys()
{
    QStringList out;
    for (const orderfields::Field &f : orderfields::all())
        if (f.required)
            out << QString::fromLatin1(f.key);
    return out;
}

QStringList OrderImport::customerKeys()
{
    return orderfields::customerKeys();
}

} // namespace guanxi
