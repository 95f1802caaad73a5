#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace guanxi {

// What went wrong, for the user (translated, says what/where/what to do) and
// for a bug report (technical detail: the SQL error, the errno text...).
// `field` names the input a form should show the message under, if any.
struct Error {
    QString message;
    QString detail;
    QString field;

    // Message and detail on one line, for logs and the command line.
    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    }
};

// Core's one result type: a value or an Error. No exceptions cross layers.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace guanxi
