package awfy.cd;

import java.util.function.Consumer;

/** An ordered map (after Cormen, Leiserson and Rivest), the suite's sorted collection for CD. */
final class RedBlackTree<K extends Comparable<K>, V> {
  private enum Color {
    RED,
    BLACK
  }

  private static final class Node<K, V> {
    final K key;
    V value;
    Node<K, V> left;
    Node<K, V> right;
    Node<K, V> parent;
    Color color = Color.RED;

    Node(K key, V value) {
      this.key = key;
      this.value = value;
    }

    Node<K, V> successor() {
      Node<K, V> x = this;
      if (x.right != null) {
        return treeMinimum(x.right);
      }
      Node<K, V> y = x.parent;
      while (y != null && x == y.right) {
        x = y;
        y = y.parent;
      }
      return y;
    }
  }

  /** A key and its value, as handed to {@link #forEach}. */
  record Entry<K, V>(K key, V value) {}

  private Node<K, V> root;

  /** Maps key to value; returns the previous value, or null when the key is new. */
  V put(K key, V value) {
    Node<K, V> y = null;
    Node<K, V> x = root;
    while (x != null) {
      y = x;
      int comparison = key.compareTo(x.key);
      if (comparison < 0) {
        x = x.left;
      } else if (comparison > 0) {
        x = x.right;
      } else {
        V oldValue = x.value;
        x.value = value;
        return oldValue;
      }
    }
    Node<K, V> z = new Node<>(key, value);
    z.parent = y;
    if (y == null) {
      root = z;
    } else if (key.compareTo(y.key) < 0) {
      y.left = z;
    } else {
      y.right = z;
    }
    insertFixup(z);
    return null;
  }

  /** Restores the red-black properties after inserting the red node {@code x}. */
  private void insertFixup(Node<K, V> x) {
    while (x != root && x.parent.color == Color.RED) {
      Node<K, V> grandparent = x.parent.parent;
      if (x.parent == grandparent.left) {
        Node<K, V> uncle = grandparent.right;
        if (uncle != null && uncle.color == Color.RED) {
          x.parent.color = Color.BLACK;
          uncle.color = Color.BLACK;
          grandparent.color = Color.RED;
          x = grandparent;
        } else {
          if (x == x.parent.right) {
            x = x.parent;
            leftRotate(x);
          }
          x.parent.color = Color.BLACK;
          x.parent.parent.color = Color.RED;
          rightRotate(x.parent.parent);
        }
      } else {
        Node<K, V> uncle = grandparent.left;
        if (uncle != null && uncle.color == Color.RED) {
          x.parent.color = Color.BLACK;
          uncle.color = Color.BLACK;
          grandparent.color = Color.RED;
          x = grandparent;
        } else {
          if (x == x.parent.left) {
            x = x.parent;
            rightRotate(x);
          }
          x.parent.color = Color.BLACK;
          x.parent.parent.color = Color.RED;
          leftRotate(x.parent.parent);
        }
      }
    }
    root.color = Color.BLACK;
  }

  /** Removes key; returns its value, or null when it was absent. */
  V remove(K key) {
    Node<K, V> z = findNode(key);
    if (z == null) {
      return null;
    }
    // y is the node unlinked from the tree: z itself, or z's successor when z has two children
    Node<K, V> y = (z.left == null || z.right == null) ? z : z.successor();
    // x replaces y; it may be null, so its parent is tracked separately
    Node<K, V> x = y.left != null ? y.left : y.right;
    Node<K, V> xParent = y.parent;
    if (x != null) {
      x.parent = xParent;
    }
    if (y.parent == null) {
      root = x;
    } else if (y == y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }

    if (y != z) {
      if (y.color == Color.BLACK) {
        removeFixup(x, xParent);
      }
      // y takes z's place in the tree
      y.parent = z.parent;
      y.color = z.color;
      y.left = z.left;
      y.right = z.right;
      if (z.left != null) {
        z.left.parent = y;
      }
      if (z.right != null) {
        z.right.parent = y;
      }
      if (z.parent != null) {
        if (z.parent.left == z) {
          z.parent.left = y;
        } else {
          z.parent.right = y;
        }
      } else {
        root = y;
      }
    } else if (y.color == Color.BLACK) {
      removeFixup(x, xParent);
    }
    return z.value;
  }

  /** Restores the red-black properties after unlinking a black node whose place {@code x} took. */
  private void removeFixup(Node<K, V> x, Node<K, V> xParent) {
    while (x != root && (x == null || x.color == Color.BLACK)) {
      if (x == xParent.left) {
        Node<K, V> w = xParent.right;
        if (w.color == Color.RED) {
          w.color = Color.BLACK;
          xParent.color = Color.RED;
          leftRotate(xParent);
          w = xParent.right;
        }
        if (isBlack(w.left) && isBlack(w.right)) {
          w.color = Color.RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (isBlack(w.right)) {
            w.left.color = Color.BLACK;
            w.color = Color.RED;
            rightRotate(w);
            w = xParent.right;
          }
          w.color = xParent.color;
          xParent.color = Color.BLACK;
          if (w.right != null) {
            w.right.color = Color.BLACK;
          }
          leftRotate(xParent);
          x = root;
          xParent = x.parent;
        }
      } else {
        Node<K, V> w = xParent.left;
        if (w.color == Color.RED) {
          w.color = Color.BLACK;
          xParent.color = Color.RED;
          rightRotate(xParent);
          w = xParent.left;
        }
        if (isBlack(w.right) && isBlack(w.left)) {
          w.color = Color.RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (isBlack(w.left)) {
            w.right.color = Color.BLACK;
            w.color = Color.RED;
            leftRotate(w);
            w = xParent.left;
          }
          w.color = xParent.color;
          xParent.color = Color.BLACK;
          if (w.left != null) {
            w.left.color = Color.BLACK;
          }
          rightRotate(xParent);
          x = root;
          xParent = x.parent;
        }
      }
    }
    if (x != null) {
      x.color = Color.BLACK;
    }
  }

  private static boolean isBlack(Node<?, ?> node) {
    return node == null || node.color == Color.BLACK;
  }

  V get(K key) {
    Node<K, V> node = findNode(key);
    return node == null ? null : node.value;
  }

  /** Visits the entries in ascending key order. */
  void forEach(Consumer<Entry<K, V>> fn) {
    if (root == null) {
      return;
    }
    for (Node<K, V> current = treeMinimum(root); current != null; current = current.successor()) {
      fn.accept(new Entry<>(current.key, current.value));
    }
  }

  private Node<K, V> findNode(K key) {
    Node<K, V> current = root;
    while (current != null) {
      int comparison = key.compareTo(current.key);
      if (comparison == 0) {
        return current;
      }
      current = comparison < 0 ? current.left : current.right;
    }
    return null;
  }

  private static <K, V> Node<K, V> treeMinimum(Node<K, V> x) {
    Node<K, V> current = x;
    while (current.left != null) {
      current = current.left;
    }
    return current;
  }

  private void leftRotate(Node<K, V> x) {
    Node<K, V> y = x.right;
    // turn y's left subtree into x's right subtree
    x.right = y.left;
    if (y.left != null) {
      y.left.parent = x;
    }
    // link x's parent to y
    y.parent = x.parent;
    if (x.parent == null) {
      root = y;
    } else if (x == x.parent.left) {
      x.parent.left = y;
    } else {
      x.parent.right = y;
    }
    // put x on y's left
    y.left = x;
    x.parent = y;
  }

  private void rightRotate(Node<K, V> y) {
    Node<K, V> x = y.left;
    // turn x's right subtree into y's left subtree
    y.left = x.right;
    if (x.right != null) {
      x.right.parent = y;
    }
    // link y's parent to x
    x.parent = y.parent;
    if (y.parent == null) {
      root = x;
    } else if (y == y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }
    // put y on x's right
    x.right = y;
    y.parent = x;
  }
}
