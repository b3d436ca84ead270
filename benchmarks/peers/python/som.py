"""The suite's shared library ("som"): Vector, Set, IdentitySet, Dictionary, IdentityDictionary,
Random and fixed-size arrays, used instead of Python's own collections where the suite uses them."""

INITIAL_CAPACITY = 16


def new_array(n, value=None):
    """A fixed-size array of n elements, each value."""
    return [value] * n


class Random:
    """The suite's linear congruential generator, 16-bit results."""

    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


class Vector:
    """A growable array over a fixed-size list, with a moving first index (remove_first is O(1))."""

    def __init__(self, size=50):
        self.storage = [None] * size
        self.first_idx = 0
        self.last_idx = 0

    @staticmethod
    def with_(element):
        v = Vector(1)
        v.append(element)
        return v

    def at(self, idx):
        if idx >= len(self.storage):
            return None
        return self.storage[idx]

    def at_put(self, idx, value):
        if idx >= len(self.storage):
            new_length = max(len(self.storage), 1)
            while new_length <= idx:
                new_length *= 2
            self.storage = self.storage + [None] * (new_length - len(self.storage))
        self.storage[idx] = value
        if self.last_idx < idx + 1:
            self.last_idx = idx + 1

    def append(self, element):
        if self.last_idx >= len(self.storage):
            self.storage = self.storage + [None] * max(len(self.storage), 1)
        self.storage[self.last_idx] = element
        self.last_idx += 1

    def is_empty(self):
        return self.last_idx == self.first_idx

    def for_each(self, fn):
        storage = self.storage
        for i in range(self.first_idx, self.last_idx):
            fn(storage[i])

    def has_some(self, fn):
        storage = self.storage
        for i in range(self.first_idx, self.last_idx):
            if fn(storage[i]):
                return True
        return False

    def get_one(self, fn):
        storage = self.storage
        for i in range(self.first_idx, self.last_idx):
            e = storage[i]
            if fn(e):
                return e
        return None

    def first(self):
        if self.is_empty():
            return None
        return self.storage[self.first_idx]

    def remove_first(self):
        if self.is_empty():
            return None
        self.first_idx += 1
        return self.storage[self.first_idx - 1]

    def remove(self, obj):
        """Removes every occurrence of obj (by identity); True if there was one."""
        new_storage = [None] * len(self.storage)
        new_last = 0
        found = False
        storage = self.storage
        for i in range(self.first_idx, self.last_idx):
            it = storage[i]
            if it is obj:
                found = True
            else:
                new_storage[new_last] = it
                new_last += 1
        self.storage = new_storage
        self.last_idx = new_last
        self.first_idx = 0
        return found

    def remove_all(self):
        self.first_idx = 0
        self.last_idx = 0
        self.storage = [None] * len(self.storage)

    def size(self):
        return self.last_idx - self.first_idx

    def capacity(self):
        return len(self.storage)

    def sort(self, comparator):
        """Sorts in place; comparator(a, b) is negative, zero or positive as a sorts before, with,
        after b."""
        if self.size() > 0:
            self._sort(self.first_idx, self.last_idx - 1, comparator)

    def _sort(self, i, j, c):
        """The suite's median-of-three quicksort over storage[i..j]."""
        storage = self.storage
        n = j + 1 - i
        if n <= 1:
            return
        di = storage[i]
        dj = storage[j]
        if c(di, dj) > 0:
            storage[i], storage[j] = dj, di
            di, dj = dj, di
        if n > 2:
            ij = (i + j) // 2
            dij = storage[ij]
            if c(di, dij) <= 0:
                if c(dij, dj) > 0:
                    storage[j], storage[ij] = dij, dj
                    dij = dj
            else:
                storage[i], storage[ij] = dij, di
                dij = di
            if n > 3:
                k = i
                l = j - 1
                while True:
                    while k <= l and c(dij, storage[l]) <= 0:
                        l -= 1
                    k += 1
                    while k <= l and c(storage[k], dij) <= 0:
                        k += 1
                    if k > l:
                        break
                    storage[k], storage[l] = storage[l], storage[k]
                self._sort(i, l, c)
                self._sort(k, j, c)


class Set:
    """A Vector without duplicates, compared with ==."""

    def __init__(self, size=10):
        self.items = Vector(size)

    def size(self):
        return self.items.size()

    def for_each(self, fn):
        self.items.for_each(fn)

    def has_some(self, fn):
        return self.items.has_some(fn)

    def get_one(self, fn):
        return self.items.get_one(fn)

    def add(self, obj):
        if not self.contains(obj):
            self.items.append(obj)

    def collect(self, fn):
        coll = Vector()
        self.for_each(lambda e: coll.append(fn(e)))
        return coll

    def contains(self, obj):
        return self.has_some(lambda e: e == obj)

    def remove_all(self):
        self.items.remove_all()


class IdentitySet(Set):
    """A Set compared by identity."""

    def contains(self, obj):
        return self.has_some(lambda e: e is obj)


class _Entry:
    __slots__ = ("hash", "key", "value", "next")

    def __init__(self, hash_, key, value, next_):
        self.hash = hash_
        self.key = key
        self.value = value
        self.next = next_

    def match(self, hash_, key):
        return self.hash == hash_ and key == self.key


class _IdentityEntry(_Entry):
    __slots__ = ()

    def match(self, hash_, key):
        return self.hash == hash_ and self.key is key


class Dictionary:
    """A chained hash table keyed by objects with custom_hash(), doubling when it holds more
    entries than buckets; keys compare with ==."""

    def __init__(self, size=INITIAL_CAPACITY):
        self.buckets = [None] * size
        self.size_ = 0

    @staticmethod
    def _hash(key):
        if key is None:
            return 0
        h = key.custom_hash()
        return h ^ (h >> 16)

    def _new_entry(self, key, value, hash_):
        return _Entry(hash_, key, value, None)

    def size(self):
        return self.size_

    def is_empty(self):
        return self.size_ == 0

    def _bucket_idx(self, hash_):
        return (len(self.buckets) - 1) & hash_

    def at(self, key):
        hash_ = self._hash(key)
        e = self.buckets[self._bucket_idx(hash_)]
        while e is not None:
            if e.match(hash_, key):
                return e.value
            e = e.next
        return None

    def contains_key(self, key):
        hash_ = self._hash(key)
        e = self.buckets[self._bucket_idx(hash_)]
        while e is not None:
            if e.match(hash_, key):
                return True
            e = e.next
        return False

    def at_put(self, key, value):
        hash_ = self._hash(key)
        i = self._bucket_idx(hash_)
        current = self.buckets[i]
        if current is None:
            self.buckets[i] = self._new_entry(key, value, hash_)
            self.size_ += 1
        else:
            self._insert_bucket_entry(key, value, hash_, current)
        if self.size_ > len(self.buckets):
            self._resize()

    def _insert_bucket_entry(self, key, value, hash_, head):
        current = head
        while True:
            if current.match(hash_, key):
                current.value = value
                return
            if current.next is None:
                self.size_ += 1
                current.next = self._new_entry(key, value, hash_)
                return
            current = current.next

    def _resize(self):
        old_storage = self.buckets
        self.buckets = [None] * (len(old_storage) * 2)
        self._transfer_entries(old_storage)

    def _transfer_entries(self, old_storage):
        for i, current in enumerate(old_storage):
            if current is not None:
                old_storage[i] = None
                if current.next is None:
                    self.buckets[current.hash & (len(self.buckets) - 1)] = current
                else:
                    self._split_bucket(old_storage, i, current)

    def _split_bucket(self, old_storage, i, head):
        """Splits one old bucket's chain between bucket i and i + len(old_storage), keeping order."""
        lo_head = lo_tail = hi_head = hi_tail = None
        current = head
        old_length = len(old_storage)
        while current is not None:
            if (current.hash & old_length) == 0:
                if lo_tail is None:
                    lo_head = current
                else:
                    lo_tail.next = current
                lo_tail = current
            else:
                if hi_tail is None:
                    hi_head = current
                else:
                    hi_tail.next = current
                hi_tail = current
            current = current.next
        if lo_tail is not None:
            lo_tail.next = None
            self.buckets[i] = lo_head
        if hi_tail is not None:
            hi_tail.next = None
            self.buckets[i + old_length] = hi_head

    def remove_all(self):
        self.buckets = [None] * len(self.buckets)
        self.size_ = 0

    def keys(self):
        keys = Vector(self.size_)
        for current in self.buckets:
            while current is not None:
                keys.append(current.key)
                current = current.next
        return keys

    def values(self):
        values = Vector(self.size_)
        for current in self.buckets:
            while current is not None:
                values.append(current.value)
                current = current.next
        return values


class IdentityDictionary(Dictionary):
    """A Dictionary whose keys match by identity (their custom_hash still picks the bucket)."""

    def _new_entry(self, key, value, hash_):
        return _IdentityEntry(hash_, key, value, None)
