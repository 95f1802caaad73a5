#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace guanxi {

// One row of an enum's table: the value, the stable code stored in the
// database and in files, and the label's source text (marked with
// QT_TRANSLATE_NOOP in the table's translation context; nullptr for an enum
// with codes only).
template <typename E>
struct EnumEntry {
    E value;
    const char *code;
    const char *label;
};

// Everything about an enum's codes and labels in one place, so code, parse
// and label cannot drift apart:
//
//     constexpr auto stageTable = enumTable<Stage>("Customers", {
//         {Stage::Lead, "lead", QT_TRANSLATE_NOOP("Customers", "Lead")},
//         ...
//     });
//
// The context must be the one the labels are translated in (the class that
// used to call tr()), so existing translations keep working.
template <typename E, std::size_t N>
struct EnumTable {
    const char *context;
    std::array<EnumEntry<E>, N> entries;

    QString code(E value) const
    {
        for (const EnumEntry<E> &e : entries)
            if (e.value == value)
                return QString::fromLatin1(e.code);
        return {};
    }

    std::optional<E> fromCode(const QString &code) const
    {
        for (const EnumEntry<E> &e : entries)
            if (code == QLatin1String(e.code))
                return e.value;
        return std::nullopt;
    }

    // The translated label; empty for a value not in the table or without one.
    QString label(E value) const
    {
        for (const EnumEntry<E> &e : entries)
            if (e.value == value && e.label)
                return QCoreApplication::translate(context, e.label);
        return {};
    }

    // The values in table order.
    QList<E> values() const
    {
        QList<E> out;
        out.reserve(qsizetype(N));
        for (const EnumEntry<E> &e : entries)
            out << e.value;
        return out;
    }
};

// Records the user may add to (source channels, deal stages) come with
// built-in ones known by a stable code, whose names are translated.
struct BuiltInName {
    const char *code;
    const char *name;   // source text in the table's context
};

// The translated name of a built-in code; name (the user's) for any other.
template <std::size_t N>
QString builtInName(const char *context, const BuiltInName (&names)[N], const QString &code, const QString &name)
{
    for (const BuiltInName &b : names)
        if (code == QLatin1String(b.code))
            return QCoreApplication::translate(context, b.name);
    return name;
}

template <typename E, std::size_t N>
constexpr EnumTable<E, N> enumTable(const char *context, const EnumEntry<E> (&entries)[N])
{
    return {context, std::to_array(entries)};
}

} // namespace guanxi
