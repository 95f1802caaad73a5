#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace guanxi {

// What kind of thing went wrong, for code that must decide what to do next
// (an import rejects a row with bad data but stops on a storage failure; a
// file locked by another program is opened read-only). The message is for
// people; the kind is for code.
enum class ErrorKind {
    Invalid,   // the input breaks a rule: a bad value, a missing name
    NotFound,  // the record is not there (purged, never existed)
    Conflict,  // the data's state forbids it: taken, already done, in use
    Denied,    // not allowed: a read-only file (and, later, a role)
    Busy,      // another program holds the write lock
    Storage,   // the database failed (full disk, a lost transaction)
    Io,        // a file could not be read or written
    Cancelled, // the user stopped it
    Damaged,   // the file is damaged; nothing more is written to it
};

// What went wrong, for the user (translated, says what/where/what to do) and
// for a bug report (technical detail: the SQL error, the errno text...).
// `field` names the input a form should show the message under, if any.
struct Error {
    QString message;
    QString detail;
    QString field;
    ErrorKind kind = ErrorKind::Invalid;

    // Whether it concerns the data given (a row of an import can be
    // rejected and the rest go on), not the database or the file.
    bool isAboutInput() const
    {
        return kind == ErrorKind::Invalid || kind == ErrorKind::NotFound || kind == ErrorKind::Conflict;
    }

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
