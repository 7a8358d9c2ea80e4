/* eventkit._speedups: the JSON writer of `dumps`, in C.
 *
 * Optional: eventkit works the same without it (the generated Python encoders of `_fast` and
 * orjson do the work), only slower, and it writes exactly the bytes the Python path writes.
 * It walks a model object by a *plan* per class, which `_fast.c_plan` builds in Python from
 * the same field plans as the Python encoders, and reads each field from its slot. What it
 * does not handle itself it hands back to Python: an object with extras is written from the
 * dict its Python encoder returns, and a value of a type not written here (a float, a
 * timestamp, a subclass of str, ...) is written by orjson.dumps and spliced in, so those
 * bytes are orjson's either way. On any error it raises, and the caller runs the Python
 * path, which says what is wrong.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <datetime.h>

/* ------------------------------------------------------------------------------------------ */
/* Output buffer */

typedef struct {
    char *data;
    Py_ssize_t len;
    Py_ssize_t cap;
} Buf;

static int buf_grow(Buf *b, Py_ssize_t need) {
    Py_ssize_t cap = b->cap ? b->cap : 1024;
    while (cap - b->len < need) {
        if (cap > PY_SSIZE_T_MAX / 2) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    char *data = PyMem_Realloc(b->data, (size_t)cap);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

static inline int buf_write(Buf *b, const char *s, Py_ssize_t n) {
    if (b->cap - b->len < n && buf_grow(b, n) < 0) return -1;
    memcpy(b->data + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

static inline int buf_char(Buf *b, char c) {
    if (b->cap - b->len < 1 && buf_grow(b, 1) < 0) return -1;
    b->data[b->len++] = c;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Plans */

enum {
    K_VALUE = 0,       /* JSON-ready already: str, int, bool, a tuple of them, ... */
    K_MODEL = 1,       /* a model object of the class in `arg` (or a subclass: tagged) */
    K_TUPLE_MODEL = 2, /* a tuple of those */
    K_TUPLE_VALUE = 3,
    K_CALL = 4,        /* written by the Python writer in `arg` */
    K_TUPLE_CALL = 5,
    K_DATE = 6,      /* a PartialDate: a plain day here, anything else by the writer in `arg` */
    K_TIMESTAMP = 7, /* an aware datetime: a fixed offset here, anything else by `arg` */
};
enum { O_ALWAYS = 0, O_NONE = 1, O_EMPTY = 2, O_FALSE = 3 };

typedef struct {
    char *key; /* ,"name": */
    Py_ssize_t key_len;
    Py_ssize_t offset;
    int kind;
    int omit;
    PyObject *arg; /* the declared class (K_MODEL, K_TUPLE_MODEL) or the writer (K_CALL) */
    PyObject *plan; /* the capsule of the declared class's plan, once looked up */
    struct Plan *declared; /* its plan */
} Field;

typedef struct Plan {
    PyTypeObject *cls;
    char *doc_head; /* {"eventkit":1,"type":"Tag" */
    Py_ssize_t doc_head_len;
    char *tag_head; /* {"type":"Tag" */
    Py_ssize_t tag_head_len;
    Py_ssize_t extras_offset;
    Py_ssize_t nfields;
    Field fields[1];
} Plan;

static const char PLAN_NAME[] = "eventkit._speedups.Plan";

static void plan_free(Plan *p) {
    if (p == NULL) return;
    for (Py_ssize_t i = 0; i < p->nfields; i++) {
        PyMem_Free(p->fields[i].key);
        Py_XDECREF(p->fields[i].arg);
        Py_XDECREF(p->fields[i].plan);
    }
    PyMem_Free(p->doc_head);
    PyMem_Free(p->tag_head);
    Py_XDECREF((PyObject *)p->cls);
    PyMem_Free(p);
}

static void plan_capsule_destructor(PyObject *capsule) {
    plan_free((Plan *)PyCapsule_GetPointer(capsule, PLAN_NAME));
}

static char *copy_bytes(PyObject *bytes, Py_ssize_t *len) {
    char *src;
    if (PyBytes_AsStringAndSize(bytes, &src, len) < 0) return NULL;
    char *out = PyMem_Malloc((size_t)(*len ? *len : 1));
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(out, src, (size_t)*len);
    return out;
}

/* The offset of a slot of `cls` from its member descriptor (attrs' slotted classes store
 * fields so); the descriptor must belong to `cls` or a base of it. */
static int slot_offset(PyObject *cls, PyObject *descr, Py_ssize_t *offset) {
    if (!PyObject_TypeCheck(descr, &PyMemberDescr_Type) ||
        !PyType_IsSubtype((PyTypeObject *)cls, PyDescr_TYPE(descr))) {
        PyErr_SetString(PyExc_TypeError, "a field is not a slot of the class");
        return -1;
    }
    PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
    if (member->type != T_OBJECT_EX) {
        PyErr_SetString(PyExc_TypeError, "a slot of an unexpected kind");
        return -1;
    }
    *offset = member->offset;
    return 0;
}

/* make_plan(cls, doc_head, tag_head, extras_descriptor, fields) -> capsule
 * fields: a tuple of (key: bytes, descriptor, kind: int, omit: int, arg: object | None). */
static PyObject *make_plan(PyObject *self, PyObject *args) {
    PyObject *cls, *doc_head, *tag_head, *extras, *fields;
    if (!PyArg_ParseTuple(args, "O!SSOO!", &PyType_Type, &cls, &doc_head, &tag_head, &extras,
                          &PyTuple_Type, &fields))
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(fields);
    Plan *p = PyMem_Calloc(1, sizeof(Plan) + (size_t)(n ? n - 1 : 0) * sizeof(Field));
    if (p == NULL) return PyErr_NoMemory();
    Py_INCREF(cls);
    p->cls = (PyTypeObject *)cls;
    if ((p->doc_head = copy_bytes(doc_head, &p->doc_head_len)) == NULL) goto fail;
    if ((p->tag_head = copy_bytes(tag_head, &p->tag_head_len)) == NULL) goto fail;
    if (slot_offset(cls, extras, &p->extras_offset) < 0) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyTuple_GET_ITEM(fields, i);
        PyObject *key, *descr, *arg;
        int kind, omit;
        if (!PyArg_ParseTuple(item, "SOiiO", &key, &descr, &kind, &omit, &arg)) goto fail;
        Field *f = &p->fields[i];
        p->nfields = i + 1;
        if ((f->key = copy_bytes(key, &f->key_len)) == NULL) goto fail;
        if (slot_offset(cls, descr, &f->offset) < 0) goto fail;
        if (kind < K_VALUE || kind > K_TIMESTAMP || omit < O_ALWAYS || omit > O_FALSE) {
            PyErr_SetString(PyExc_ValueError, "unknown field kind");
            goto fail;
        }
        f->kind = kind;
        f->omit = omit;
        Py_INCREF(arg);
        f->arg = arg;
    }
    PyObject *capsule = PyCapsule_New(p, PLAN_NAME, plan_capsule_destructor);
    if (capsule == NULL) goto fail;
    return capsule;
fail:
    plan_free(p);
    return NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* The writer */

typedef struct {
    Buf buf;
    PyObject *plans;    /* dict: class -> capsule, or None for a class written in Python */
    PyObject *planner;  /* planner(cls) -> capsule or None (and stores it in plans) */
    PyObject *fallback; /* fallback(obj, declared or None) -> JSON-ready data */
    PyObject *empty;    /* the empty extras */
    PyObject *splice;   /* orjson.dumps */
    int depth;
} Enc;

static int write_value(Enc *e, PyObject *v);

static const char HEX[] = "0123456789abcdef";

/* The escape of each ASCII character orjson escapes ('"', '\\', control characters): its
 * second byte, or 'u' for \u00XX; 0 for a character written as it is. */
static char ESCAPE[128];

static void init_escapes(void) {
    for (int c = 0; c < 0x20; c++) ESCAPE[c] = 'u';
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
    ESCAPE['\b'] = 'b';
    ESCAPE['\t'] = 't';
    ESCAPE['\n'] = 'n';
    ESCAPE['\f'] = 'f';
    ESCAPE['\r'] = 'r';
}

static inline char *write_escape(char *out, Py_UCS4 c) {
    char e = ESCAPE[c];
    *out++ = '\\';
    *out++ = e;
    if (e == 'u') {
        *out++ = '0';
        *out++ = '0';
        *out++ = HEX[c >> 4];
        *out++ = HEX[c & 15];
    }
    return out;
}

/* One character of a non-ASCII str as UTF-8; NULL for a lone surrogate. */
static inline char *write_char(char *out, Py_UCS4 c) {
    if (c < 0x80) {
        if (ESCAPE[c]) return write_escape(out, c);
        *out++ = (char)c;
    } else if (c < 0x800) {
        *out++ = (char)(0xC0 | (c >> 6));
        *out++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        if (c >= 0xD800 && c <= 0xDFFF) return NULL;
        *out++ = (char)(0xE0 | (c >> 12));
        *out++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *out++ = (char)(0x80 | (c & 0x3F));
    } else {
        *out++ = (char)(0xF0 | (c >> 18));
        *out++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *out++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *out++ = (char)(0x80 | (c & 0x3F));
    }
    return out;
}

/* A str as orjson writes it: UTF-8, with only '"', '\\' and control characters escaped. The
 * text is read from the str's own storage, so no UTF-8 copy is left cached on it. */
static int write_str(Enc *e, PyObject *s) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    Buf *b = &e->buf;
    /* the most a character can take: 6 bytes (\u00XX) */
    if (n > (PY_SSIZE_T_MAX - 2) / 6) {
        PyErr_NoMemory();
        return -1;
    }
    if (b->cap - b->len < 6 * n + 2 && buf_grow(b, 6 * n + 2) < 0) return -1;
    char *out = b->data + b->len;
    *out++ = '"';
    if (PyUnicode_IS_ASCII(s)) {
        const unsigned char *p = PyUnicode_1BYTE_DATA(s);
        Py_ssize_t run = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            /* eight characters at a time while none needs escaping (all are below 0x80) */
            while (i + 8 <= n) {
                uint64_t w;
                memcpy(&w, p + i, 8);
                const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
                uint64_t quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');
                if (((w - ones * 0x20) | (quote - ones) | (slash - ones)) & high) break;
                i += 8;
            }
            if (i >= n) break;
            if (!ESCAPE[p[i]]) continue;
            memcpy(out, p + run, (size_t)(i - run));
            out = write_escape(out + (i - run), p[i]);
            run = i + 1;
        }
        memcpy(out, p + run, (size_t)(n - run));
        out += n - run;
    } else {
        int kind = PyUnicode_KIND(s);
        const void *data = PyUnicode_DATA(s);
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c;
            if (kind == PyUnicode_1BYTE_KIND) c = ((const Py_UCS1 *)data)[i];
            else if (kind == PyUnicode_2BYTE_KIND) c = ((const Py_UCS2 *)data)[i];
            else c = ((const Py_UCS4 *)data)[i];
            out = write_char(out, c);
            if (out == NULL) {
                PyErr_SetString(PyExc_ValueError, "a lone surrogate"); /* Python says more */
                return -1;
            }
        }
    }
    *out++ = '"';
    b->len = out - b->data;
    return 0;
}

static int write_digits(Buf *b, unsigned long long u, int negative) {
    char tmp[24];
    char *end = tmp + sizeof tmp, *p = end;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative) *--p = '-';
    return buf_write(b, p, end - p);
}

/* An int in orjson's range (64 bits, signed or not); beyond it, an error. */
static int write_int(Enc *e, PyObject *v) {
    int overflow = 0;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (overflow == 0) {
        if (x == -1 && PyErr_Occurred()) return -1;
        if (x < 0) return write_digits(&e->buf, 0ULL - (unsigned long long)x, 1);
        return write_digits(&e->buf, (unsigned long long)x, 0);
    }
    unsigned long long u = PyLong_AsUnsignedLongLong(v);
    if (u == (unsigned long long)-1 && PyErr_Occurred()) return -1;
    return write_digits(&e->buf, u, 0);
}

/* A value orjson writes better than we would: splice in what orjson.dumps gives. */
static int write_spliced(Enc *e, PyObject *v) {
    PyObject *bytes = PyObject_CallOneArg(e->splice, v);
    if (bytes == NULL) return -1;
    int rc = buf_write(&e->buf, PyBytes_AS_STRING(bytes), PyBytes_GET_SIZE(bytes));
    Py_DECREF(bytes);
    return rc;
}

static int enter(Enc *e) {
    if (++e->depth > 100) { /* deeper: the Python path, and orjson's limit, decide */
        PyErr_SetString(PyExc_RecursionError, "nested too deeply");
        return -1;
    }
    return 0;
}

/* JSON-ready data: what a Python encoder or writer returns. */
static int write_value(Enc *e, PyObject *v) {
    PyTypeObject *t = Py_TYPE(v);
    if (t == &PyUnicode_Type) return write_str(e, v);
    if (v == Py_None) return buf_write(&e->buf, "null", 4);
    if (v == Py_True) return buf_write(&e->buf, "true", 4);
    if (v == Py_False) return buf_write(&e->buf, "false", 5);
    if (t == &PyLong_Type) return write_int(e, v);
    if (t == &PyList_Type || t == &PyTuple_Type) {
        if (enter(e) < 0) return -1;
        if (buf_char(&e->buf, '[') < 0) return -1;
        Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
        for (Py_ssize_t i = 0; i < n; i++) {
            if (i && buf_char(&e->buf, ',') < 0) return -1;
            /* a list may change under us only through a writer we called; hold the item */
            PyObject *item = PySequence_Fast_GET_ITEM(v, i);
            Py_INCREF(item);
            int rc = write_value(e, item);
            Py_DECREF(item);
            if (rc < 0) return -1;
            n = PySequence_Fast_GET_SIZE(v);
        }
        e->depth--;
        return buf_char(&e->buf, ']');
    }
    if (t == &PyDict_Type) {
        if (enter(e) < 0) return -1;
        if (buf_char(&e->buf, '{') < 0) return -1;
        Py_ssize_t pos = 0;
        PyObject *key, *item;
        int first = 1;
        while (PyDict_Next(v, &pos, &key, &item)) {
            if (Py_TYPE(key) != &PyUnicode_Type) {
                PyErr_SetString(PyExc_TypeError, "a key that is not a str");
                return -1;
            }
            if (!first && buf_char(&e->buf, ',') < 0) return -1;
            first = 0;
            Py_INCREF(key);
            Py_INCREF(item);
            int rc = write_str(e, key);
            if (rc == 0) rc = buf_char(&e->buf, ':');
            if (rc == 0) rc = write_value(e, item);
            Py_DECREF(key);
            Py_DECREF(item);
            if (rc < 0) return -1;
        }
        e->depth--;
        return buf_char(&e->buf, '}');
    }
    return write_spliced(e, v);
}

/* The plan of a class from `plans` (a dict of capsules named `name`, or None for a class
 * left to Python), asking `planner` to make and store it the first time; the reference that
 * keeps it alive goes to *keep. NULL without an error set: the class has no plan. */
static void *plan_lookup(PyObject *plans, PyObject *planner, PyTypeObject *cls,
                         const char *name, PyObject **keep) {
    *keep = NULL;
    PyObject *capsule = PyDict_GetItemWithError(plans, (PyObject *)cls);
    if (capsule != NULL) {
        Py_INCREF(capsule);
    } else {
        if (PyErr_Occurred()) return NULL;
        capsule = PyObject_CallOneArg(planner, (PyObject *)cls);
        if (capsule == NULL) return NULL;
    }
    if (capsule == Py_None) {
        Py_DECREF(capsule);
        return NULL;
    }
    void *p = PyCapsule_GetPointer(capsule, name);
    if (p == NULL) {
        Py_DECREF(capsule);
        return NULL;
    }
    *keep = capsule;
    return p;
}

/* The plan of a field's declared class, looked up once and kept in the field (`*ptr`, with
 * the capsule in `*held`), which keeps it valid for as long as the field's own plan lives. */
static void *field_plan(PyObject *plans, PyObject *planner, PyObject *cls, const char *name,
                        PyObject **held, void **ptr) {
    if (*ptr != NULL) return *ptr;
    PyObject *keep;
    void *p = plan_lookup(plans, planner, (PyTypeObject *)cls, name, &keep);
    if (p == NULL) return NULL;
    if (*ptr != NULL) { /* set meanwhile, while the planner ran */
        Py_DECREF(keep);
        return *ptr;
    }
    *held = keep;
    *ptr = p;
    return p;
}

static Plan *plan_of(Enc *e, PyTypeObject *cls, PyObject **keep) {
    return (Plan *)plan_lookup(e->plans, e->planner, cls, PLAN_NAME, keep);
}

static Plan *declared_plan(Enc *e, Field *f) {
    return (Plan *)field_plan(e->plans, e->planner, f->arg, PLAN_NAME, &f->plan,
                              (void **)&f->declared);
}

static int write_model(Enc *e, PyObject *obj, PyObject *declared, int document, Plan *known);

static int write_with_python(Enc *e, PyObject *obj, PyObject *declared) {
    PyObject *data = PyObject_CallFunctionObjArgs(e->fallback, obj, declared, NULL);
    if (data == NULL) return -1;
    int rc = write_value(e, data);
    Py_DECREF(data);
    return rc;
}

static int write_tuple_of_models(Enc *e, PyObject *v, PyObject *declared, Plan *known) {
    if (Py_TYPE(v) != &PyTuple_Type) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple");
        return -1;
    }
    if (buf_char(&e->buf, '[') < 0) return -1;
    Py_ssize_t n = PyTuple_GET_SIZE(v);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i && buf_char(&e->buf, ',') < 0) return -1;
        if (write_model(e, PyTuple_GET_ITEM(v, i), declared, 0, known) < 0) return -1;
    }
    return buf_char(&e->buf, ']');
}

static int write_called(Enc *e, PyObject *writer, PyObject *v) {
    PyObject *data = PyObject_CallOneArg(writer, v);
    if (data == NULL) return -1;
    int rc = write_value(e, data);
    Py_DECREF(data);
    return rc;
}

/* PartialDate, as set by set_partial_date: its class and the offsets of its slots. */
static PyTypeObject *partial_date = NULL;
static Py_ssize_t pd_year, pd_month, pd_day, pd_time, pd_approximate, pd_uncertain, pd_inferred;

static inline PyObject *slot(PyObject *obj, Py_ssize_t offset) {
    return *(PyObject **)((char *)obj + offset);
}

static inline char *two_digits(char *out, int x) {
    *out++ = (char)('0' + x / 10);
    *out++ = (char)('0' + x % 10);
    return out;
}

static inline char *four_digits(char *out, int x) {
    out = two_digits(out, x / 100);
    return two_digits(out, x % 100);
}

/* A small int slot's value, or -1 when it is not an int from 0 to 9999. */
static int small_int(PyObject *v) {
    if (v == NULL || Py_TYPE(v) != &PyLong_Type) return -1;
    long x = PyLong_AsLong(v);
    if (x < 0 || x > 9999) {
        PyErr_Clear();
        return -1;
    }
    return (int)x;
}

/* A day of four-digit year without time or flags ("2025-12-12"), as the Python writer writes
 * it; any other date goes to that writer. */
static int write_date(Enc *e, PyObject *writer, PyObject *v) {
    if (Py_TYPE(v) == partial_date && slot(v, pd_time) == Py_None &&
        slot(v, pd_approximate) == Py_False && slot(v, pd_uncertain) == Py_False &&
        slot(v, pd_inferred) == Py_False) {
        int year = small_int(slot(v, pd_year));
        int month = small_int(slot(v, pd_month));
        int day = small_int(slot(v, pd_day));
        if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            char tmp[12], *out = tmp;
            *out++ = '"';
            out = four_digits(out, year);
            *out++ = '-';
            out = two_digits(out, month);
            *out++ = '-';
            out = two_digits(out, day);
            *out++ = '"';
            return buf_write(&e->buf, tmp, out - tmp);
        }
    }
    return write_called(e, writer, v);
}

/* A datetime whose zone is a datetime.timezone of whole minutes, as isoformat (and orjson)
 * write it ("2025-12-12T10:00:00.250000+01:00"); any other goes to the Python writer. */
static int write_timestamp(Enc *e, PyObject *writer, PyObject *v) {
    if (!PyDateTime_CheckExact(v)) return write_called(e, writer, v);
    PyObject *tz = PyDateTime_DATE_GET_TZINFO(v);
    if (Py_TYPE(tz) != Py_TYPE(PyDateTime_TimeZone_UTC)) return write_called(e, writer, v);
    PyObject *offset = PyObject_CallMethod(tz, "utcoffset", "O", Py_None);
    if (offset == NULL) return -1;
    if (!PyDelta_Check(offset)) {
        Py_DECREF(offset);
        return write_called(e, writer, v);
    }
    long seconds = PyDateTime_DELTA_GET_DAYS(offset) * 86400L + PyDateTime_DELTA_GET_SECONDS(offset);
    int micro = PyDateTime_DELTA_GET_MICROSECONDS(offset);
    Py_DECREF(offset);
    if (micro || seconds % 60) return write_called(e, writer, v);
    char tmp[40], *out = tmp;
    *out++ = '"';
    out = four_digits(out, PyDateTime_GET_YEAR(v));
    *out++ = '-';
    out = two_digits(out, PyDateTime_GET_MONTH(v));
    *out++ = '-';
    out = two_digits(out, PyDateTime_GET_DAY(v));
    *out++ = 'T';
    out = two_digits(out, PyDateTime_DATE_GET_HOUR(v));
    *out++ = ':';
    out = two_digits(out, PyDateTime_DATE_GET_MINUTE(v));
    *out++ = ':';
    out = two_digits(out, PyDateTime_DATE_GET_SECOND(v));
    int us = PyDateTime_DATE_GET_MICROSECOND(v);
    if (us) {
        *out++ = '.';
        out = two_digits(out, us / 10000);
        out = two_digits(out, us / 100 % 100);
        out = two_digits(out, us % 100);
    }
    *out++ = seconds < 0 ? '-' : '+';
    if (seconds < 0) seconds = -seconds;
    out = two_digits(out, (int)(seconds / 3600));
    *out++ = ':';
    out = two_digits(out, (int)(seconds / 60 % 60));
    *out++ = '"';
    return buf_write(&e->buf, tmp, out - tmp);
}

/* A model object: by its plan, or through Python when it has extras or no plan. `known` is
 * the plan of the declared class, when the caller has it. */
static int write_model(Enc *e, PyObject *obj, PyObject *declared, int document, Plan *known) {
    PyTypeObject *cls = Py_TYPE(obj);
    PyObject *keep = NULL;
    Plan *p = known != NULL && known->cls == cls ? known : plan_of(e, cls, &keep);
    if (p == NULL) {
        if (PyErr_Occurred()) return -1;
        return write_with_python(e, obj, document ? Py_None : declared);
    }
    int rc = -1;
    PyObject *extras = slot(obj, p->extras_offset);
    if (extras != e->empty) {
        rc = write_with_python(e, obj, document ? Py_None : declared);
        goto done;
    }
    if (enter(e) < 0) goto done;
    Buf *b = &e->buf;
    int first;
    if (document) {
        if (buf_write(b, p->doc_head, p->doc_head_len) < 0) goto done;
        first = 0;
    } else if ((PyObject *)cls != declared) {
        if (buf_write(b, p->tag_head, p->tag_head_len) < 0) goto done;
        first = 0;
    } else {
        if (buf_char(b, '{') < 0) goto done;
        first = 1;
    }
    for (Py_ssize_t i = 0; i < p->nfields; i++) {
        Field *f = &p->fields[i];
        PyObject *v = slot(obj, f->offset);
        if (v == NULL) {
            PyErr_SetString(PyExc_AttributeError, "a field is not set");
            goto done;
        }
        if ((f->omit == O_NONE && v == Py_None) ||
            (f->omit == O_EMPTY &&
             (v == Py_None || (Py_TYPE(v) == &PyTuple_Type && PyTuple_GET_SIZE(v) == 0))) ||
            (f->omit == O_FALSE && v == Py_False))
            continue;
        /* the key with its leading comma; the first field of a bare object drops the comma */
        if (first ? buf_write(b, f->key + 1, f->key_len - 1) : buf_write(b, f->key, f->key_len))
            goto done;
        first = 0;
        int ok;
        Py_INCREF(v);
        switch (f->kind) {
            case K_MODEL:
            case K_TUPLE_MODEL: {
                Plan *inner = declared_plan(e, f);
                if (inner == NULL && PyErr_Occurred()) ok = -1;
                else if (f->kind == K_MODEL) ok = write_model(e, v, f->arg, 0, inner);
                else ok = write_tuple_of_models(e, v, f->arg, inner);
                break;
            }
            case K_DATE:
                ok = write_date(e, f->arg, v);
                break;
            case K_TIMESTAMP:
                ok = write_timestamp(e, f->arg, v);
                break;
            case K_CALL:
                ok = write_called(e, f->arg, v);
                break;
            case K_TUPLE_CALL:
                ok = buf_char(b, '[');
                if (ok == 0 && Py_TYPE(v) != &PyTuple_Type) {
                    PyErr_SetString(PyExc_TypeError, "expected a tuple");
                    ok = -1;
                }
                for (Py_ssize_t j = 0; ok == 0 && j < PyTuple_GET_SIZE(v); j++) {
                    if (j) ok = buf_char(b, ',');
                    if (ok == 0) ok = write_called(e, f->arg, PyTuple_GET_ITEM(v, j));
                }
                if (ok == 0) ok = buf_char(b, ']');
                break;
            default: /* K_VALUE, K_TUPLE_VALUE */
                ok = write_value(e, v);
        }
        Py_DECREF(v);
        if (ok < 0) goto done;
    }
    e->depth--;
    rc = buf_char(b, '}');
done:
    Py_XDECREF(keep);
    return rc;
}


/* ------------------------------------------------------------------------------------------ */
/* The reader: builds model objects from the dicts orjson parsed, for documents that hold
 * only known fields of the expected types. It checks every field type and every invariant
 * the Python decoders check; on anything else (unknown keys, which go to extras, an unknown
 * tag, a wrong type, a broken invariant, a class it has no plan for) it *declines* by raising,
 * and the caller runs the Python decoders, which accept the document or report its problems
 * with their paths. So it never accepts what Python rejects, and never explains anything. */

#define MAX_FIELDS 64
#define MAX_DEPTH 100

enum {
    R_STR = 0,
    R_INT = 1,
    R_BOOL = 2,
    R_FLOAT = 3,
    R_LITERAL = 4, /* a str among the values of the dict in `arg` (mapping each to itself) */
    R_MODEL = 5,   /* a dict of the class in `arg`, or of a registered subclass, tagged */
    R_TUPLE_STR = 6,
    R_TUPLE_INT = 7,
    R_TUPLE_BOOL = 8,
    R_TUPLE_MODEL = 9,
    R_DATE = 10,       /* a PartialDate: the shared cache of dates, else the reader in `arg` */
    R_CALL = 11,       /* read by the Python reader in `arg` */
    R_TUPLE_CALL = 12,
    R_TIMESTAMP = 13, /* an ISO 8601 timestamp with a zone, read by `arg` (fromisoformat) */
};

enum {
    V_NONBLANK = 0,     /* field a: a str that is not empty or blank */
    V_OPT_NONBLANK = 1, /* field a: None, or that */
    V_SPAN = 2,         /* fields a, b, c: 0 <= start <= end and len(text) == end - start */
    V_ANY_SET = 3,      /* fields a, b, c: one of them is not None */
    V_SHA256 = 4,       /* field a: None, or 64 characters of 0-9 and a-f */
    V_SAME_TEXT = 5,    /* fields a, b: a (an object) is None or its `.text` equals b */
    V_EVENT = 6,        /* Event._valid: fields id, participants, statements, start, end;
                         * `arg(end, start)` says whether end comes before start */
};

typedef struct {
    int op;
    int f[5];
    PyObject *arg;
} Check;

typedef struct {
    PyObject *key;
    Py_ssize_t offset;
    int kind;
    int nullable; /* Optional: null reads as None */
    int required; /* no default: absent fails */
    PyObject *deflt;
    PyObject *arg;
    PyObject *plan; /* the capsule of the nested class's read plan, once looked up */
    struct RPlan *nested;
} RField;

typedef struct RPlan {
    PyTypeObject *cls;
    PyObject *tag;
    /* The keys of the last dict read, in order, and the field of each (-1: the tag or the
     * format key): orjson hands out the same key objects again, so most keys are matched by
     * identity at their position, with no string comparison. */
    Py_ssize_t shape_len;
    PyObject *shape_keys[MAX_FIELDS + 2];
    int shape_fields[MAX_FIELDS + 2];
    Py_ssize_t extras_offset;
    int valid_method; /* call o._valid() on the built object */
    Py_ssize_t nchecks;
    Check *checks;
    Py_ssize_t nfields;
    RField fields[1];
} RPlan;

static const char RPLAN_NAME[] = "eventkit._speedups.ReadPlan";

/* Interned names, made when the module is. */
static PyObject *S_type, *S_text, *S_valid, *S_id, *S_speaker;

static void rplan_free(RPlan *p) {
    if (p == NULL) return;
    for (Py_ssize_t i = 0; i < p->nfields; i++) {
        RField *f = &p->fields[i];
        Py_XDECREF(f->key);
        Py_XDECREF(f->deflt);
        Py_XDECREF(f->arg);
        Py_XDECREF(f->plan);
    }
    for (Py_ssize_t i = 0; i < p->nchecks; i++) Py_XDECREF(p->checks[i].arg);
    for (Py_ssize_t i = 0; i < p->shape_len; i++) Py_XDECREF(p->shape_keys[i]);
    PyMem_Free(p->checks);
    Py_XDECREF(p->tag);
    Py_XDECREF((PyObject *)p->cls);
    PyMem_Free(p);
}

static void rplan_capsule_destructor(PyObject *capsule) {
    rplan_free((RPlan *)PyCapsule_GetPointer(capsule, RPLAN_NAME));
}

/* make_read_plan(cls, tag, extras_descriptor, valid_method, fields, checks) -> capsule
 * fields: (key: str, descriptor, kind, nullable, required, default, arg)
 * checks: (op, (five field indices, unused ones 0), arg) */
static PyObject *make_read_plan(PyObject *self, PyObject *args) {
    PyObject *cls, *tag, *extras, *fields, *checks;
    int valid_method;
    if (!PyArg_ParseTuple(args, "O!UOpO!O!", &PyType_Type, &cls, &tag, &extras, &valid_method,
                          &PyTuple_Type, &fields, &PyTuple_Type, &checks))
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(fields), m = PyTuple_GET_SIZE(checks);
    if (n > MAX_FIELDS) {
        PyErr_SetString(PyExc_ValueError, "too many fields");
        return NULL;
    }
    RPlan *p = PyMem_Calloc(1, sizeof(RPlan) + (size_t)(n ? n - 1 : 0) * sizeof(RField));
    if (p == NULL) return PyErr_NoMemory();
    Py_INCREF(cls);
    p->cls = (PyTypeObject *)cls;
    Py_INCREF(tag);
    p->tag = tag;
    p->valid_method = valid_method;
    if (slot_offset(cls, extras, &p->extras_offset) < 0) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key, *descr, *deflt, *arg;
        int kind, nullable, required;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(fields, i), "UOippOO", &key, &descr, &kind,
                              &nullable, &required, &deflt, &arg))
            goto fail;
        RField *f = &p->fields[i];
        p->nfields = i + 1;
        Py_INCREF(key);
        f->key = key;
        Py_INCREF(deflt);
        f->deflt = deflt;
        Py_INCREF(arg);
        f->arg = arg;
        if (kind < R_STR || kind > R_TIMESTAMP) {
            PyErr_SetString(PyExc_ValueError, "unknown field kind");
            goto fail;
        }
        f->kind = kind;
        f->nullable = nullable;
        f->required = required;
        if (slot_offset(cls, descr, &f->offset) < 0) goto fail;
    }
    p->checks = PyMem_Calloc((size_t)(m ? m : 1), sizeof(Check));
    if (p->checks == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < m; i++) {
        Check *c = &p->checks[i];
        PyObject *arg;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(checks, i), "i(iiiii)O", &c->op, &c->f[0],
                              &c->f[1], &c->f[2], &c->f[3], &c->f[4], &arg))
            goto fail;
        p->nchecks = i + 1;
        Py_INCREF(arg);
        c->arg = arg;
        int bad = c->op < V_NONBLANK || c->op > V_EVENT;
        for (int k = 0; k < 5; k++) bad |= c->f[k] < 0 || c->f[k] >= n;
        if (bad) {
            PyErr_SetString(PyExc_ValueError, "a check out of range");
            goto fail;
        }
    }
    PyObject *capsule = PyCapsule_New(p, RPLAN_NAME, rplan_capsule_destructor);
    if (capsule == NULL) goto fail;
    return capsule;
fail:
    rplan_free(p);
    return NULL;
}

typedef struct {
    PyObject *plans;   /* dict: class -> read plan capsule, or None */
    PyObject *planner; /* planner(cls) -> capsule or None (and stores it) */
    PyObject *by_tag;  /* dict: tag -> registered class */
    PyObject *empty;   /* the empty extras */
    PyObject *dates;   /* dict: EDTF text -> PartialDate, shared with the Python decoders */
    PyObject *decline; /* the exception class raised to decline (Slow) */
    int depth;
} Rd;

static PyObject *decline(Rd *r) {
    PyErr_SetNone(r->decline);
    return NULL;
}

static RPlan *rplan_of(Rd *r, PyTypeObject *cls, PyObject **keep) {
    RPlan *p = (RPlan *)plan_lookup(r->plans, r->planner, cls, RPLAN_NAME, keep);
    if (p == NULL && !PyErr_Occurred()) decline(r); /* a class the reader leaves to Python */
    return p;
}

static RPlan *nested_plan(Rd *r, RField *f) {
    RPlan *p = (RPlan *)field_plan(r->plans, r->planner, f->arg, RPLAN_NAME, &f->plan,
                                   (void **)&f->nested);
    if (p == NULL && !PyErr_Occurred()) decline(r);
    return p;
}

static PyObject *read_object(Rd *r, PyObject *d, RPlan *p, Py_ssize_t ignored);

/* `key` itself when it is the str "type", else NULL. */
static inline PyObject *S_type_key(PyObject *key) {
    if (key == S_type) return key;
    if (PyUnicode_CheckExact(key) && PyUnicode_GET_LENGTH(key) == 4 &&
        PyUnicode_Compare(key, S_type) == 0)
        return key;
    return NULL;
}

/* A dict in a field declared as `declared` (whose plan is `known`): untagged, tagged with
 * the declared class, or tagged with a registered subclass of it. */
static PyObject *read_nested(Rd *r, PyObject *d, PyObject *declared, RPlan *known) {
    if (!PyDict_CheckExact(d)) return decline(r);
    /* The writer puts a tag first; a dict whose first key is not "type" is read as untagged,
     * and one with "type" further on then has a key too many and is declined. */
    Py_ssize_t pos = 0;
    PyObject *first, *tag;
    if (!PyDict_Next(d, &pos, &first, &tag) || first != S_type_key(first))
        return read_object(r, d, known, 0);
    if (!PyUnicode_CheckExact(tag)) return decline(r);
    int same = PyUnicode_Compare(tag, known->tag) == 0;
    if (same) return read_object(r, d, known, 1);
    PyObject *found = PyDict_GetItemWithError(r->by_tag, tag);
    if (found == NULL) {
        if (PyErr_Occurred()) return NULL;
        return decline(r);
    }
    if (!PyType_Check(found) || !PyType_IsSubtype((PyTypeObject *)found, (PyTypeObject *)declared))
        return decline(r);
    PyObject *keep;
    RPlan *sub = rplan_of(r, (PyTypeObject *)found, &keep);
    if (sub == NULL) return NULL;
    PyObject *o = read_object(r, d, sub, 1);
    Py_DECREF(keep);
    return o;
}

static int is_blank(PyObject *s) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    for (Py_ssize_t i = 0; i < n; i++)
        if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) return 0;
    return 1;
}

/* A list or tuple of one JSON type, as a tuple (NULL after declining). */
static PyObject *read_tuple_of(Rd *r, PyObject *v, int kind) {
    if (!PyList_CheckExact(v) && !PyTuple_CheckExact(v)) return decline(r);
    Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PySequence_Fast_GET_ITEM(v, i);
        int ok = kind == R_TUPLE_STR    ? PyUnicode_CheckExact(x)
                 : kind == R_TUPLE_INT  ? PyLong_CheckExact(x)
                                        : (x == Py_True || x == Py_False);
        if (!ok) return decline(r);
    }
    if (PyTuple_CheckExact(v)) {
        Py_INCREF(v);
        return v;
    }
    return PyList_AsTuple(v);
}

/* One field's JSON value as its Python value (a new reference), or NULL after declining. */
static PyObject *read_value(Rd *r, RField *f, PyObject *v) {
    switch (f->kind) {
        case R_STR:
            if (!PyUnicode_CheckExact(v)) return decline(r);
            break;
        case R_INT:
            if (!PyLong_CheckExact(v)) return decline(r);
            break;
        case R_BOOL:
            if (v != Py_True && v != Py_False) return decline(r);
            break;
        case R_FLOAT:
            if (PyLong_CheckExact(v)) {
                double x = PyLong_AsDouble(v);
                if (x == -1.0 && PyErr_Occurred()) return NULL;
                return PyFloat_FromDouble(x);
            }
            if (!PyFloat_CheckExact(v)) return decline(r);
            break;
        case R_LITERAL: {
            if (!PyUnicode_CheckExact(v)) return decline(r);
            PyObject *same = PyDict_GetItemWithError(f->arg, v);
            if (same == NULL) return PyErr_Occurred() ? NULL : decline(r);
            Py_INCREF(same);
            return same;
        }
        case R_MODEL: {
            RPlan *known = nested_plan(r, f);
            if (known == NULL) return NULL;
            return read_nested(r, v, f->arg, known);
        }
        case R_TUPLE_STR:
        case R_TUPLE_INT:
        case R_TUPLE_BOOL:
            return read_tuple_of(r, v, f->kind);
        case R_TUPLE_MODEL: {
            if (!PyList_CheckExact(v) && !PyTuple_CheckExact(v)) return decline(r);
            RPlan *known = nested_plan(r, f);
            if (known == NULL) return NULL;
            Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
            PyObject *out = PyTuple_New(n);
            if (out == NULL) return NULL;
            for (Py_ssize_t i = 0; i < n; i++) {
                PyObject *x = read_nested(r, PySequence_Fast_GET_ITEM(v, i), f->arg, known);
                if (x == NULL) {
                    Py_DECREF(out);
                    return NULL;
                }
                PyTuple_SET_ITEM(out, i, x);
            }
            return out;
        }
        case R_DATE: {
            if (PyUnicode_CheckExact(v)) {
                PyObject *date = PyDict_GetItemWithError(r->dates, v);
                if (date != NULL) {
                    Py_INCREF(date);
                    return date;
                }
                if (PyErr_Occurred()) return NULL;
            }
            return PyObject_CallOneArg(f->arg, v);
        }
        case R_CALL:
            return PyObject_CallOneArg(f->arg, v);
        case R_TIMESTAMP: {
            if (!PyUnicode_CheckExact(v)) return decline(r);
            Py_ssize_t t = PyUnicode_FindChar(v, 'T', 0, PyUnicode_GET_LENGTH(v), 1);
            if (t == -2) return NULL;
            if (t == -1) return decline(r);
            PyObject *stamp = PyObject_CallOneArg(f->arg, v);
            if (stamp == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_ValueError)) return NULL;
                PyErr_Clear();
                return decline(r);
            }
            if (!PyDateTime_Check(stamp) || PyDateTime_DATE_GET_TZINFO(stamp) == Py_None) {
                Py_DECREF(stamp);
                return decline(r);
            }
            return stamp;
        }
        case R_TUPLE_CALL: {
            if (!PyList_CheckExact(v) && !PyTuple_CheckExact(v)) return decline(r);
            Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
            PyObject *out = PyTuple_New(n);
            if (out == NULL) return NULL;
            for (Py_ssize_t i = 0; i < n; i++) {
                PyObject *x = PyObject_CallOneArg(f->arg, PySequence_Fast_GET_ITEM(v, i));
                if (x == NULL) {
                    Py_DECREF(out);
                    return NULL;
                }
                PyTuple_SET_ITEM(out, i, x);
            }
            return out;
        }
        default:
            return decline(r);
    }
    Py_INCREF(v);
    return v;
}

static int nonblank(PyObject *a) {
    return PyUnicode_CheckExact(a) && PyUnicode_GET_LENGTH(a) > 0 && !is_blank(a);
}

/* The `name` attribute of each object of a tuple, into `into` (a new set); -1 on an error. */
static Py_ssize_t add_attrs(PyObject *into, PyObject *objs, PyObject *name) {
    Py_ssize_t n = PyTuple_GET_SIZE(objs);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *x = PyObject_GetAttr(PyTuple_GET_ITEM(objs, i), name);
        if (x == NULL) return -1;
        int rc = PySet_Add(into, x);
        Py_DECREF(x);
        if (rc < 0) return -1;
    }
    return PySet_GET_SIZE(into);
}

/* Event._valid, on the values: 1, 0, or -1 on an error. */
static int event_valid(Check *c, PyObject **vals) {
    if (!nonblank(vals[c->f[0]])) return 0;
    PyObject *participants = vals[c->f[1]], *said = vals[c->f[2]];
    PyObject *start = vals[c->f[3]], *end = vals[c->f[4]];
    if (!PyTuple_CheckExact(participants) || !PyTuple_CheckExact(said)) return 0;
    int rc = 0;
    PyObject *people = PySet_New(NULL), *ids = NULL;
    if (people == NULL) return -1;
    Py_ssize_t unique = add_attrs(people, participants, S_id);
    if (unique < 0) goto done;
    if (unique != PyTuple_GET_SIZE(participants)) goto done;
    Py_ssize_t n = PyTuple_GET_SIZE(said);
    if (n) {
        ids = PySet_New(NULL);
        if (ids == NULL) goto error;
        unique = add_attrs(ids, said, S_id);
        if (unique < 0) goto error;
        if (unique != n) goto done;
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *speaker = PyObject_GetAttr(PyTuple_GET_ITEM(said, i), S_speaker);
            if (speaker == NULL) goto error;
            int known = speaker == Py_None ? 1 : PySet_Contains(people, speaker);
            Py_DECREF(speaker);
            if (known < 0) goto error;
            if (!known) goto done;
        }
    }
    if (end != Py_None && start != Py_None) {
        PyObject *before = PyObject_CallFunctionObjArgs(c->arg, end, start, NULL);
        if (before == NULL) goto error;
        int yes = PyObject_IsTrue(before);
        Py_DECREF(before);
        if (yes < 0) goto error;
        if (yes) goto done;
    }
    rc = 1;
    goto done;
error:
    rc = -1;
done:
    Py_DECREF(people);
    Py_XDECREF(ids);
    return rc;
}

/* Whether the values pass the class's invariants: 1, 0, or -1 on an error. */
static int checks_pass(RPlan *p, PyObject **vals) {
    for (Py_ssize_t i = 0; i < p->nchecks; i++) {
        Check *c = &p->checks[i];
        PyObject *a = vals[c->f[0]];
        switch (c->op) {
            case V_NONBLANK:
                if (!nonblank(a)) return 0;
                break;
            case V_OPT_NONBLANK:
                if (a != Py_None && !nonblank(a)) return 0;
                break;
            case V_SPAN: {
                PyObject *text = vals[c->f[2]];
                Py_ssize_t start = PyLong_AsSsize_t(a), end = PyLong_AsSsize_t(vals[c->f[1]]);
                if ((start == -1 || end == -1) && PyErr_Occurred()) {
                    PyErr_Clear();
                    return 0; /* beyond the range of offsets: let Python judge */
                }
                if (!PyUnicode_CheckExact(text) || start < 0 || start > end ||
                    PyUnicode_GET_LENGTH(text) != end - start)
                    return 0;
                break;
            }
            case V_ANY_SET:
                if (a == Py_None && vals[c->f[1]] == Py_None && vals[c->f[2]] == Py_None) return 0;
                break;
            case V_SHA256: {
                if (a == Py_None) break;
                if (!PyUnicode_CheckExact(a) || !PyUnicode_IS_ASCII(a) ||
                    PyUnicode_GET_LENGTH(a) != 64)
                    return 0;
                const unsigned char *h = PyUnicode_1BYTE_DATA(a);
                for (int k = 0; k < 64; k++)
                    if (!((h[k] >= '0' && h[k] <= '9') || (h[k] >= 'a' && h[k] <= 'f'))) return 0;
                break;
            }
            case V_SAME_TEXT: {
                if (a == Py_None) break;
                PyObject *text = PyObject_GetAttr(a, S_text);
                if (text == NULL) return -1;
                int same = PyObject_RichCompareBool(text, vals[c->f[1]], Py_EQ);
                Py_DECREF(text);
                if (same <= 0) return same;
                break;
            }
            case V_EVENT: {
                int ok = event_valid(c, vals);
                if (ok <= 0) return ok;
                break;
            }
        }
    }
    return 1;
}

static PyObject *S_format; /* the format key, "eventkit" */

/* The field a key names (-1: the tag or the format key; -2: neither, an unknown key). */
static int field_of(RPlan *p, PyObject *key, Py_ssize_t at) {
    if (at < p->shape_len && p->shape_keys[at] == key) return p->shape_fields[at];
    int found = -2;
    if (PyUnicode_CheckExact(key)) {
        for (Py_ssize_t i = 0; i < p->nfields; i++) {
            if (p->fields[i].key == key || PyUnicode_Compare(p->fields[i].key, key) == 0) {
                found = (int)i;
                break;
            }
        }
        if (found == -2 &&
            (PyUnicode_Compare(key, S_type) == 0 || PyUnicode_Compare(key, S_format) == 0))
            found = -1;
    }
    if (found != -2 && at < MAX_FIELDS + 2 && at <= p->shape_len) {
        Py_INCREF(key);
        if (at < p->shape_len) Py_DECREF(p->shape_keys[at]);
        else p->shape_len = at + 1;
        p->shape_keys[at] = key;
        p->shape_fields[at] = found;
    }
    return found;
}

/* An object of the plan's class from a dict that holds its fields and `ignored` other keys
 * (the tag, the format key), which the caller has read. */
static PyObject *read_object(Rd *r, PyObject *d, RPlan *p, Py_ssize_t ignored) {
    if (!PyDict_CheckExact(d)) return decline(r);
    if (++r->depth > MAX_DEPTH) return decline(r);
    PyObject *vals[MAX_FIELDS] = {NULL};
    Py_ssize_t n = p->nfields, pos = 0, at = 0, skipped = 0;
    PyObject *key, *v, *o = NULL;
    while (PyDict_Next(d, &pos, &key, &v)) {
        int i = field_of(p, key, at++);
        if (i == -1) {
            skipped++;
            continue;
        }
        if (i < 0) { /* an unknown key: extras, or an error */
            decline(r);
            goto fail;
        }
        RField *f = &p->fields[i];
        if (v == Py_None) {
            if (!f->nullable) {
                decline(r);
                goto fail;
            }
            Py_INCREF(Py_None);
            vals[i] = Py_None;
            continue;
        }
        PyObject *x = read_value(r, f, v);
        if (x == NULL) goto fail;
        vals[i] = x;
    }
    if (skipped != ignored) {
        decline(r);
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (vals[i] != NULL) continue;
        RField *f = &p->fields[i];
        if (f->required) {
            decline(r);
            goto fail;
        }
        Py_INCREF(f->deflt);
        vals[i] = f->deflt;
    }
    int ok = checks_pass(p, vals);
    if (ok <= 0) {
        if (ok == 0) decline(r);
        goto fail;
    }
    o = p->cls->tp_alloc(p->cls, 0);
    if (o == NULL) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) { /* the object takes the references */
        *(PyObject **)((char *)o + p->fields[i].offset) = vals[i];
        vals[i] = NULL;
    }
    Py_INCREF(r->empty);
    *(PyObject **)((char *)o + p->extras_offset) = r->empty;
    if (p->valid_method) {
        PyObject *valid = PyObject_CallMethodNoArgs(o, S_valid);
        if (valid == NULL) goto fail;
        int yes = PyObject_IsTrue(valid);
        Py_DECREF(valid);
        if (yes <= 0) {
            if (yes == 0) decline(r);
            goto fail;
        }
    }
    r->depth--;
    return o;
fail:
    for (Py_ssize_t i = 0; i < n; i++) Py_XDECREF(vals[i]);
    Py_XDECREF(o);
    return NULL;
}

/* read_document(d, cls, ignored, plans, planner, by_tag, empty, dates, decline) -> object
 * `ignored`: how many of the dict's keys the caller has read (the tag, the format key). */
static PyObject *read_document(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 9) {
        PyErr_SetString(PyExc_TypeError, "read_document takes 9 arguments");
        return NULL;
    }
    Py_ssize_t ignored = PyLong_AsSsize_t(args[2]);
    if (ignored == -1 && PyErr_Occurred()) return NULL;
    if (!PyType_Check(args[1]) || !PyDict_CheckExact(args[3]) || !PyDict_CheckExact(args[5]) ||
        !PyDict_CheckExact(args[7])) {
        PyErr_SetString(PyExc_TypeError, "read_document: bad arguments");
        return NULL;
    }
    Rd r = {args[3], args[4], args[5], args[6], args[7], args[8], 0};
    PyObject *keep;
    RPlan *p = rplan_of(&r, (PyTypeObject *)args[1], &keep);
    if (p == NULL) return NULL;
    PyObject *o = read_object(&r, args[0], p, ignored);
    Py_DECREF(keep);
    return o;
}

/* set_partial_date(cls, year, month, day, time, approximate, uncertain, inferred): the
 * class and the slot descriptors of PartialDate, for write_date. */
static PyObject *set_partial_date(PyObject *self, PyObject *args) {
    PyObject *cls, *d[7];
    if (!PyArg_ParseTuple(args, "O!OOOOOOO", &PyType_Type, &cls, &d[0], &d[1], &d[2], &d[3],
                          &d[4], &d[5], &d[6]))
        return NULL;
    Py_ssize_t *offsets[7] = {&pd_year, &pd_month, &pd_day, &pd_time,
                              &pd_approximate, &pd_uncertain, &pd_inferred};
    for (int i = 0; i < 7; i++)
        if (slot_offset(cls, d[i], offsets[i]) < 0) return NULL;
    Py_INCREF(cls);
    Py_XSETREF(partial_date, (PyTypeObject *)cls);
    Py_RETURN_NONE;
}

/* dumps(obj, plans, planner, fallback, empty, splice) -> bytes */
static PyObject *dumps(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 6) {
        PyErr_SetString(PyExc_TypeError, "dumps takes 6 arguments");
        return NULL;
    }
    if (!PyDict_CheckExact(args[1])) {
        PyErr_SetString(PyExc_TypeError, "plans must be a dict");
        return NULL;
    }
    Enc e = {{NULL, 0, 0}, args[1], args[2], args[3], args[4], args[5], 0};
    if (buf_grow(&e.buf, 4096) < 0) return NULL;
    PyObject *out = NULL;
    if (write_model(&e, args[0], Py_None, 1, NULL) == 0)
        out = PyBytes_FromStringAndSize(e.buf.data, e.buf.len);
    PyMem_Free(e.buf.data);
    return out;
}

static PyMethodDef methods[] = {
    {"make_plan", make_plan, METH_VARARGS, "Compile the plan of one class."},
    {"set_partial_date", set_partial_date, METH_VARARGS, "Say how PartialDate is laid out."},
    {"make_read_plan", make_read_plan, METH_VARARGS, "Compile the read plan of one class."},
    {"read_document", (PyCFunction)(void (*)(void))read_document, METH_FASTCALL,
     "Build a model object from a dict."},
    {"dumps", (PyCFunction)(void (*)(void))dumps, METH_FASTCALL, "Write a model object as JSON."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "eventkit._speedups", "The JSON writer of dumps, in C.", -1, methods,
};

PyMODINIT_FUNC PyInit__speedups(void) {
    init_escapes();
    S_type = PyUnicode_InternFromString("type");
    S_text = PyUnicode_InternFromString("text");
    S_valid = PyUnicode_InternFromString("_valid");
    S_format = PyUnicode_InternFromString("eventkit");
    S_id = PyUnicode_InternFromString("id");
    S_speaker = PyUnicode_InternFromString("speaker");
    if (S_type == NULL || S_text == NULL || S_valid == NULL || S_format == NULL || S_id == NULL ||
        S_speaker == NULL)
        return NULL;
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == NULL) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    if (PyModule_AddIntConstant(m, "K_VALUE", K_VALUE) < 0 ||
        PyModule_AddIntConstant(m, "K_MODEL", K_MODEL) < 0 ||
        PyModule_AddIntConstant(m, "K_TUPLE_MODEL", K_TUPLE_MODEL) < 0 ||
        PyModule_AddIntConstant(m, "K_TUPLE_VALUE", K_TUPLE_VALUE) < 0 ||
        PyModule_AddIntConstant(m, "K_CALL", K_CALL) < 0 ||
        PyModule_AddIntConstant(m, "K_TUPLE_CALL", K_TUPLE_CALL) < 0 ||
        PyModule_AddIntConstant(m, "K_DATE", K_DATE) < 0 ||
        PyModule_AddIntConstant(m, "K_TIMESTAMP", K_TIMESTAMP) < 0 ||
        PyModule_AddIntConstant(m, "R_STR", R_STR) < 0 ||
        PyModule_AddIntConstant(m, "R_INT", R_INT) < 0 ||
        PyModule_AddIntConstant(m, "R_BOOL", R_BOOL) < 0 ||
        PyModule_AddIntConstant(m, "R_FLOAT", R_FLOAT) < 0 ||
        PyModule_AddIntConstant(m, "R_LITERAL", R_LITERAL) < 0 ||
        PyModule_AddIntConstant(m, "R_MODEL", R_MODEL) < 0 ||
        PyModule_AddIntConstant(m, "R_TUPLE_STR", R_TUPLE_STR) < 0 ||
        PyModule_AddIntConstant(m, "R_TUPLE_INT", R_TUPLE_INT) < 0 ||
        PyModule_AddIntConstant(m, "R_TUPLE_BOOL", R_TUPLE_BOOL) < 0 ||
        PyModule_AddIntConstant(m, "R_TUPLE_MODEL", R_TUPLE_MODEL) < 0 ||
        PyModule_AddIntConstant(m, "R_DATE", R_DATE) < 0 ||
        PyModule_AddIntConstant(m, "R_CALL", R_CALL) < 0 ||
        PyModule_AddIntConstant(m, "R_TUPLE_CALL", R_TUPLE_CALL) < 0 ||
        PyModule_AddIntConstant(m, "R_TIMESTAMP", R_TIMESTAMP) < 0 ||
        PyModule_AddIntConstant(m, "V_NONBLANK", V_NONBLANK) < 0 ||
        PyModule_AddIntConstant(m, "V_OPT_NONBLANK", V_OPT_NONBLANK) < 0 ||
        PyModule_AddIntConstant(m, "V_SPAN", V_SPAN) < 0 ||
        PyModule_AddIntConstant(m, "V_ANY_SET", V_ANY_SET) < 0 ||
        PyModule_AddIntConstant(m, "V_SHA256", V_SHA256) < 0 ||
        PyModule_AddIntConstant(m, "V_SAME_TEXT", V_SAME_TEXT) < 0 ||
        PyModule_AddIntConstant(m, "V_EVENT", V_EVENT) < 0 ||
        PyModule_AddIntConstant(m, "O_ALWAYS", O_ALWAYS) < 0 ||
        PyModule_AddIntConstant(m, "O_NONE", O_NONE) < 0 ||
        PyModule_AddIntConstant(m, "O_EMPTY", O_EMPTY) < 0 ||
        PyModule_AddIntConstant(m, "O_FALSE", O_FALSE) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
