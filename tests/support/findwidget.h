#pragma once

// Finds a widget by its objectName, as GUI tests reach every control; fails
// the test when there is none.
#include <QObject>
#include <QString>

#include <catch2/catch.hpp>

namespace guanxi::test {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("no " << name);
    REQUIRE(w);
    return w;
}

} // namespace guanxi::test
