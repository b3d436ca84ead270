'use strict';
// Json: a JSON parser (after minimal-json) reading a RAP user-interface update, as in the suite.
const { Benchmark } = require('./harness');
const { Vector, newArray } = require('./som');

class JsonValue {
  isObject() { return false; }
  isArray() { return false; }
  isNumber() { return false; }
  isString() { return false; }
  isBoolean() { return false; }
  isTrue() { return false; }
  isFalse() { return false; }
  isNull() { return false; }

  asObject() {
    throw new Error('Not an object: ' + this);
  }

  asArray() {
    throw new Error('Not an array: ' + this);
  }
}

class JsonArray extends JsonValue {
  constructor() {
    super();
    this.values = new Vector();
  }

  add(value) {
    if (value === null || value === undefined) {
      throw new Error('value is null');
    }
    this.values.append(value);
    return this;
  }

  size() {
    return this.values.size();
  }

  get(index) {
    return this.values.at(index);
  }

  isArray() { return true; }
  asArray() { return this; }
}

class JsonLiteral extends JsonValue {
  constructor(value) {
    super();
    this.value = value;
    this.null_ = value === 'null';
    this.true_ = value === 'true';
    this.false_ = value === 'false';
  }

  isNull() { return this.null_; }
  isTrue() { return this.true_; }
  isFalse() { return this.false_; }
  isBoolean() { return this.true_ || this.false_; }
}

const NULL = new JsonLiteral('null');
const TRUE = new JsonLiteral('true');
const FALSE = new JsonLiteral('false');

class JsonNumber extends JsonValue {
  constructor(string) {
    super();
    if (string === null) {
      throw new Error('string is null');
    }
    this.string = string;
  }

  isNumber() { return true; }
}

class JsonString extends JsonValue {
  constructor(string) {
    super();
    this.string = string;
  }

  isString() { return true; }
}

// A 32-slot table from member name to its index (+1; 0 is "none"). The suite's deliberately
// simple, portable hash is the name's length times a constant.
class HashIndexTable {
  constructor() {
    this.hashTable = newArray(32, 0);
  }

  add(name, index) {
    const slot = this.hashSlotFor(name);
    if (index < 0xff) {
      this.hashTable[slot] = index + 1;
    } else {
      this.hashTable[slot] = 0;
    }
  }

  // The index recorded for name's slot, or -1.
  get(name) {
    return this.hashTable[this.hashSlotFor(name)] - 1;
  }

  hashSlotFor(name) {
    return (name.length * 1402589) & (this.hashTable.length - 1);
  }
}

class JsonObject extends JsonValue {
  constructor() {
    super();
    this.names = new Vector();
    this.values = new Vector();
    this.table = new HashIndexTable();
  }

  add(name, value) {
    if (name === null) {
      throw new Error('name is null');
    }
    if (value === null || value === undefined) {
      throw new Error('value is null');
    }
    this.table.add(name, this.names.size());
    this.names.append(name);
    this.values.append(value);
    return this;
  }

  get(name) {
    if (name === null) {
      throw new Error('name is null');
    }
    const index = this.indexOf(name);
    return index === -1 ? null : this.values.at(index);
  }

  size() {
    return this.names.size();
  }

  isEmpty() {
    return this.names.isEmpty();
  }

  isObject() { return true; }
  asObject() { return this; }

  // As in the suite, only names found through the hash table are supported: the benchmark looks
  // up nothing else.
  indexOf(name) {
    const index = this.table.get(name);
    if (index !== -1 && name === this.names.at(index)) {
      return index;
    }
    throw new Error('NotImplemented');
  }
}

class ParseException extends Error {
  constructor(message, offset, line, column) {
    super(message + ' at ' + line + ':' + column);
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}

const ESCAPES = { '"': '"', '/': '/', '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

// One character (a one-character string) at a time, capturing spans of the input.
class JsonPureStringParser {
  constructor(string) {
    this.input = string;
    this.index = -1;
    this.line = 1;
    this.captureStart = -1;
    this.column = 0;
    this.current = null;
    this.captureBuffer = '';
  }

  parse() {
    this.read();
    this.skipWhiteSpace();
    const result = this.readValue();
    this.skipWhiteSpace();
    if (!this.isEndOfText()) {
      throw this.error('Unexpected character');
    }
    return result;
  }

  readValue() {
    switch (this.current) {
      case 'n': return this.readNull();
      case 't': return this.readTrue();
      case 'f': return this.readFalse();
      case '"': return this.readString();
      case '[': return this.readArray();
      case '{': return this.readObject();
      case '-': case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        return this.readNumber();
      default:
        throw this.expected('value');
    }
  }

  readArray() {
    this.read();
    const array = new JsonArray();
    this.skipWhiteSpace();
    if (this.readChar(']')) {
      return array;
    }
    do {
      this.skipWhiteSpace();
      array.add(this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar(']')) {
      throw this.expected("',' or ']'");
    }
    return array;
  }

  readObject() {
    this.read();
    const object = new JsonObject();
    this.skipWhiteSpace();
    if (this.readChar('}')) {
      return object;
    }
    do {
      this.skipWhiteSpace();
      const name = this.readName();
      this.skipWhiteSpace();
      if (!this.readChar(':')) {
        throw this.expected("':'");
      }
      this.skipWhiteSpace();
      object.add(name, this.readValue());
      this.skipWhiteSpace();
    } while (this.readChar(','));
    if (!this.readChar('}')) {
      throw this.expected("',' or '}'");
    }
    return object;
  }

  readName() {
    if (this.current !== '"') {
      throw this.expected('name');
    }
    return this.readStringInternal();
  }

  readNull() {
    this.read();
    this.readRequiredChar('u');
    this.readRequiredChar('l');
    this.readRequiredChar('l');
    return NULL;
  }

  readTrue() {
    this.read();
    this.readRequiredChar('r');
    this.readRequiredChar('u');
    this.readRequiredChar('e');
    return TRUE;
  }

  readFalse() {
    this.read();
    this.readRequiredChar('a');
    this.readRequiredChar('l');
    this.readRequiredChar('s');
    this.readRequiredChar('e');
    return FALSE;
  }

  readRequiredChar(ch) {
    if (!this.readChar(ch)) {
      throw this.expected("'" + ch + "'");
    }
  }

  readString() {
    return new JsonString(this.readStringInternal());
  }

  readStringInternal() {
    this.read();
    this.startCapture();
    while (this.current !== '"') {
      if (this.current === '\\') {
        this.pauseCapture();
        this.readEscape();
        this.startCapture();
      } else {
        this.read();
      }
    }
    const string = this.endCapture();
    this.read();
    return string;
  }

  readEscape() {
    this.read();
    const escaped = Object.prototype.hasOwnProperty.call(ESCAPES, this.current) ? ESCAPES[this.current] : null;
    if (escaped === null) {
      throw this.expected('valid escape sequence');
    }
    this.captureBuffer += escaped;
    this.read();
  }

  readNumber() {
    this.startCapture();
    this.readChar('-');
    const firstDigit = this.current;
    if (!this.readDigit()) {
      throw this.expected('digit');
    }
    if (firstDigit !== '0') {
      while (this.readDigit()) { /* the digits */ }
    }
    this.readFraction();
    this.readExponent();
    return new JsonNumber(this.endCapture());
  }

  readFraction() {
    if (!this.readChar('.')) {
      return false;
    }
    if (!this.readDigit()) {
      throw this.expected('digit');
    }
    while (this.readDigit()) { /* the digits */ }
    return true;
  }

  readExponent() {
    if (!this.readChar('e') && !this.readChar('E')) {
      return false;
    }
    if (!this.readChar('+')) {
      this.readChar('-');
    }
    if (!this.readDigit()) {
      throw this.expected('digit');
    }
    while (this.readDigit()) { /* the digits */ }
    return true;
  }

  readChar(ch) {
    if (this.current !== ch) {
      return false;
    }
    this.read();
    return true;
  }

  readDigit() {
    if (!this.isDigit()) {
      return false;
    }
    this.read();
    return true;
  }

  skipWhiteSpace() {
    while (this.isWhiteSpace()) {
      this.read();
    }
  }

  read() {
    if (this.current === '\n') {
      this.line++;
      this.column = 0;
    }
    this.index++;
    this.column++;
    if (this.index < this.input.length) {
      this.current = this.input.substring(this.index, this.index + 1);
    } else {
      this.current = null;
    }
  }

  startCapture() {
    this.captureStart = this.index;
  }

  pauseCapture() {
    const end = this.current === null ? this.index : this.index - 1;
    this.captureBuffer += this.input.substring(this.captureStart, end + 1);
    this.captureStart = -1;
  }

  endCapture() {
    const end = this.current === null ? this.index : this.index - 1;
    let captured;
    if (this.captureBuffer === '') {
      captured = this.input.substring(this.captureStart, end + 1);
    } else {
      this.captureBuffer += this.input.substring(this.captureStart, end + 1);
      captured = this.captureBuffer;
      this.captureBuffer = '';
    }
    this.captureStart = -1;
    return captured;
  }

  expected(expected) {
    if (this.isEndOfText()) {
      return this.error('Unexpected end of input');
    }
    return this.error('Expected ' + expected);
  }

  error(message) {
    return new ParseException(message, this.index, this.line, this.column - 1);
  }

  isWhiteSpace() {
    const c = this.current;
    return c === ' ' || c === '\t' || c === '\n' || c === '\r';
  }

  isDigit() {
    const c = this.current;
    return c === '0' || c === '1' || c === '2' || c === '3' || c === '4' || c === '5' ||
      c === '6' || c === '7' || c === '8' || c === '9';
  }

  isEndOfText() {
    return this.current === null;
  }
}

// The input: a RAP (Remote Application Platform) response rendering a table of the chemical
// elements: 156 operations, 25,497 characters. The Lua and Python peers embed the same text.
const RAP_BENCHMARK_MINIFIED =
  '{"head":{"requestCounter":4},"operations":[["destroy","w54"],["set","w2",{"activeControl":"w99"}' +
  '],["set","w21",{"customVariant":"variant_navigation"}],["set","w28",{"customVariant":"variant_se' +
  'lected"}],["set","w53",{"children":["w95"]}],["create","w95","rwt.widgets.Composite",{"parent":"' +
  'w53","style":["NONE"],"bounds":[0,0,1008,586],"children":["w96","w97"],"tabIndex":-1,"clientArea' +
  '":[0,0,1008,586]}],["create","w96","rwt.widgets.Label",{"parent":"w95","style":["NONE"],"bounds"' +
  ':[10,30,112,26],"tabIndex":-1,"customVariant":"variant_pageHeadline","text":"TableViewer"}],["cr' +
  'eate","w97","rwt.widgets.Composite",{"parent":"w95","style":["NONE"],"bounds":[0,61,1008,525],"c' +
  'hildren":["w98","w99","w226","w228"],"tabIndex":-1,"clientArea":[0,0,1008,525]}],["create","w98"' +
  ',"rwt.widgets.Text",{"parent":"w97","style":["LEFT","SINGLE","BORDER"],"bounds":[10,10,988,32],"' +
  'tabIndex":22,"activeKeys":["#13","#27","#40"]}],["listen","w98",{"KeyDown":true,"Modify":true}],' +
  '["create","w99","rwt.widgets.Grid",{"parent":"w97","style":["SINGLE","BORDER"],"appearance":"tab' +
  'le","indentionWidth":0,"treeColumn":-1,"markupEnabled":false}],["create","w100","rwt.widgets.Scr' +
  'ollBar",{"parent":"w99","style":["HORIZONTAL"]}],["create","w101","rwt.widgets.ScrollBar",{"pare' +
  'nt":"w99","style":["VERTICAL"]}],["set","w99",{"bounds":[10,52,988,402],"children":[],"tabIndex"' +
  ':23,"activeKeys":["CTRL+#70","CTRL+#78","CTRL+#82","CTRL+#89","CTRL+#83","CTRL+#71","CTRL+#69"],' +
  '"cancelKeys":["CTRL+#70","CTRL+#78","CTRL+#82","CTRL+#89","CTRL+#83","CTRL+#71","CTRL+#69"]}],["' +
  'listen","w99",{"MouseDown":true,"MouseUp":true,"MouseDoubleClick":true,"KeyDown":true}],["set","' +
  'w99",{"itemCount":118,"itemHeight":28,"itemMetrics":[[0,0,50,3,0,3,44],[1,50,50,53,0,53,44],[2,1' +
  '00,140,103,0,103,134],[3,240,180,243,0,243,174],[4,420,50,423,0,423,44],[5,470,50,473,0,473,44]]' +
  ',"columnCount":6,"headerHeight":35,"headerVisible":true,"linesVisible":true,"focusItem":"w108","' +
  'selection":["w108"]}],["listen","w99",{"Selection":true,"DefaultSelection":true}],["set","w99",{' +
  '"enableCellToolTip":true}],["listen","w100",{"Selection":true}],["set","w101",{"visibility":true' +
  '}],["listen","w101",{"Selection":true}],["create","w102","rwt.widgets.GridColumn",{"parent":"w99' +
  '","text":"Nr.","width":50,"moveable":true}],["listen","w102",{"Selection":true}],["create","w103' +
  '","rwt.widgets.GridColumn",{"parent":"w99","text":"Sym.","index":1,"left":50,"width":50,"moveabl' +
  'e":true}],["listen","w103",{"Selection":true}],["create","w104","rwt.widgets.GridColumn",{"paren' +
  't":"w99","text":"Name","index":2,"left":100,"width":140,"moveable":true}],["listen","w104",{"Sel' +
  'ection":true}],["create","w105","rwt.widgets.GridColumn",{"parent":"w99","text":"Series","index"' +
  ':3,"left":240,"width":180,"moveable":true}],["listen","w105",{"Selection":true}],["create","w106' +
  '","rwt.widgets.GridColumn",{"parent":"w99","text":"Group","index":4,"left":420,"width":50,"movea' +
  'ble":true}],["listen","w106",{"Selection":true}],["create","w107","rwt.widgets.GridColumn",{"par' +
  'ent":"w99","text":"Period","index":5,"left":470,"width":50,"moveable":true}],["listen","w107",{"' +
  'Selection":true}],["create","w108","rwt.widgets.GridItem",{"parent":"w99","index":0,"texts":["1"' +
  ',"H","Hydrogen","Nonmetal","1","1"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null' +
  ']}],["create","w109","rwt.widgets.GridItem",{"parent":"w99","index":1,"texts":["2","He","Helium"' +
  ',"Noble gas","18","1"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create' +
  '","w110","rwt.widgets.GridItem",{"parent":"w99","index":2,"texts":["3","Li","Lithium","Alkali me' +
  'tal","1","2"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w111","r' +
  'wt.widgets.GridItem",{"parent":"w99","index":3,"texts":["4","Be","Beryllium","Alkaline earth met' +
  'al","2","2"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w112","' +
  'rwt.widgets.GridItem",{"parent":"w99","index":4,"texts":["5","B","Boron","Metalloid","13","2"],"' +
  'cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w113","rwt.widgets.Gr' +
  'idItem",{"parent":"w99","index":5,"texts":["6","C","Carbon","Nonmetal","14","2"],"cellBackground' +
  's":[null,null,null,[138,226,52,255],null,null]}],["create","w114","rwt.widgets.GridItem",{"paren' +
  't":"w99","index":6,"texts":["7","N","Nitrogen","Nonmetal","15","2"],"cellBackgrounds":[null,null' +
  ',null,[138,226,52,255],null,null]}],["create","w115","rwt.widgets.GridItem",{"parent":"w99","ind' +
  'ex":7,"texts":["8","O","Oxygen","Nonmetal","16","2"],"cellBackgrounds":[null,null,null,[138,226,' +
  '52,255],null,null]}],["create","w116","rwt.widgets.GridItem",{"parent":"w99","index":8,"texts":[' +
  '"9","F","Fluorine","Halogen","17","2"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,n' +
  'ull]}],["create","w117","rwt.widgets.GridItem",{"parent":"w99","index":9,"texts":["10","Ne","Neo' +
  'n","Noble gas","18","2"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["crea' +
  'te","w118","rwt.widgets.GridItem",{"parent":"w99","index":10,"texts":["11","Na","Sodium","Alkali' +
  ' metal","1","3"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w119"' +
  ',"rwt.widgets.GridItem",{"parent":"w99","index":11,"texts":["12","Mg","Magnesium","Alkaline eart' +
  'h metal","2","3"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w1' +
  '20","rwt.widgets.GridItem",{"parent":"w99","index":12,"texts":["13","Al","Aluminium","Post-trans' +
  'ition metal","13","3"],"cellBackgrounds":[null,null,null,[136,138,133,255],null,null]}],["create' +
  '","w121","rwt.widgets.GridItem",{"parent":"w99","index":13,"texts":["14","Si","Silicon","Metallo' +
  'id","14","3"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w122",' +
  '"rwt.widgets.GridItem",{"parent":"w99","index":14,"texts":["15","P","Phosphorus","Nonmetal","15"' +
  ',"3"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w123","rwt.widg' +
  'ets.GridItem",{"parent":"w99","index":15,"texts":["16","S","Sulfur","Nonmetal","16","3"],"cellBa' +
  'ckgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w124","rwt.widgets.GridItem"' +
  ',{"parent":"w99","index":16,"texts":["17","Cl","Chlorine","Halogen","17","3"],"cellBackgrounds":' +
  '[null,null,null,[252,233,79,255],null,null]}],["create","w125","rwt.widgets.GridItem",{"parent":' +
  '"w99","index":17,"texts":["18","Ar","Argon","Noble gas","18","3"],"cellBackgrounds":[null,null,n' +
  'ull,[114,159,207,255],null,null]}],["create","w126","rwt.widgets.GridItem",{"parent":"w99","inde' +
  'x":18,"texts":["19","K","Potassium","Alkali metal","1","4"],"cellBackgrounds":[null,null,null,[2' +
  '39,41,41,255],null,null]}],["create","w127","rwt.widgets.GridItem",{"parent":"w99","index":19,"t' +
  'exts":["20","Ca","Calcium","Alkaline earth metal","2","4"],"cellBackgrounds":[null,null,null,[23' +
  '3,185,110,255],null,null]}],["create","w128","rwt.widgets.GridItem",{"parent":"w99","index":20,"' +
  'texts":["21","Sc","Scandium","Transition metal","3","4"],"cellBackgrounds":[null,null,null,[252,' +
  '175,62,255],null,null]}],["create","w129","rwt.widgets.GridItem",{"parent":"w99","index":21,"tex' +
  'ts":["22","Ti","Titanium","Transition metal","4","4"],"cellBackgrounds":[null,null,null,[252,175' +
  ',62,255],null,null]}],["create","w130","rwt.widgets.GridItem",{"parent":"w99","index":22,"texts"' +
  ':["23","V","Vanadium","Transition metal","5","4"],"cellBackgrounds":[null,null,null,[252,175,62,' +
  '255],null,null]}],["create","w131","rwt.widgets.GridItem",{"parent":"w99","index":23,"texts":["2' +
  '4","Cr","Chromium","Transition metal","6","4"],"cellBackgrounds":[null,null,null,[252,175,62,255' +
  '],null,null]}],["create","w132","rwt.widgets.GridItem",{"parent":"w99","index":24,"texts":["25",' +
  '"Mn","Manganese","Transition metal","7","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],' +
  'null,null]}],["create","w133","rwt.widgets.GridItem",{"parent":"w99","index":25,"texts":["26","F' +
  'e","Iron","Transition metal","8","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,nu' +
  'll]}],["create","w134","rwt.widgets.GridItem",{"parent":"w99","index":26,"texts":["27","Co","Cob' +
  'alt","Transition metal","9","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}]' +
  ',["create","w135","rwt.widgets.GridItem",{"parent":"w99","index":27,"texts":["28","Ni","Nickel",' +
  '"Transition metal","10","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["c' +
  'reate","w136","rwt.widgets.GridItem",{"parent":"w99","index":28,"texts":["29","Cu","Copper","Tra' +
  'nsition metal","11","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["creat' +
  'e","w137","rwt.widgets.GridItem",{"parent":"w99","index":29,"texts":["30","Zn","Zinc","Transitio' +
  'n metal","12","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w1' +
  '38","rwt.widgets.GridItem",{"parent":"w99","index":30,"texts":["31","Ga","Gallium","Post-transit' +
  'ion metal","13","4"],"cellBackgrounds":[null,null,null,[136,138,133,255],null,null]}],["create",' +
  '"w139","rwt.widgets.GridItem",{"parent":"w99","index":31,"texts":["32","Ge","Germanium","Metallo' +
  'id","14","4"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w140",' +
  '"rwt.widgets.GridItem",{"parent":"w99","index":32,"texts":["33","As","Arsenic","Metalloid","15",' +
  '"4"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w141","rwt.widg' +
  'ets.GridItem",{"parent":"w99","index":33,"texts":["34","Se","Selenium","Nonmetal","16","4"],"cel' +
  'lBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w142","rwt.widgets.GridIt' +
  'em",{"parent":"w99","index":34,"texts":["35","Br","Bromine","Halogen","17","4"],"cellBackgrounds' +
  '":[null,null,null,[252,233,79,255],null,null]}],["create","w143","rwt.widgets.GridItem",{"parent' +
  '":"w99","index":35,"texts":["36","Kr","Krypton","Noble gas","18","4"],"cellBackgrounds":[null,nu' +
  'll,null,[114,159,207,255],null,null]}],["create","w144","rwt.widgets.GridItem",{"parent":"w99","' +
  'index":36,"texts":["37","Rb","Rubidium","Alkali metal","1","5"],"cellBackgrounds":[null,null,nul' +
  'l,[239,41,41,255],null,null]}],["create","w145","rwt.widgets.GridItem",{"parent":"w99","index":3' +
  '7,"texts":["38","Sr","Strontium","Alkaline earth metal","2","5"],"cellBackgrounds":[null,null,nu' +
  'll,[233,185,110,255],null,null]}],["create","w146","rwt.widgets.GridItem",{"parent":"w99","index' +
  '":38,"texts":["39","Y","Yttrium","Transition metal","3","5"],"cellBackgrounds":[null,null,null,[' +
  '252,175,62,255],null,null]}],["create","w147","rwt.widgets.GridItem",{"parent":"w99","index":39,' +
  '"texts":["40","Zr","Zirconium","Transition metal","4","5"],"cellBackgrounds":[null,null,null,[25' +
  '2,175,62,255],null,null]}],["create","w148","rwt.widgets.GridItem",{"parent":"w99","index":40,"t' +
  'exts":["41","Nb","Niobium","Transition metal","5","5"],"cellBackgrounds":[null,null,null,[252,17' +
  '5,62,255],null,null]}],["create","w149","rwt.widgets.GridItem",{"parent":"w99","index":41,"texts' +
  '":["42","Mo","Molybdenum","Transition metal","6","5"],"cellBackgrounds":[null,null,null,[252,175' +
  ',62,255],null,null]}],["create","w150","rwt.widgets.GridItem",{"parent":"w99","index":42,"texts"' +
  ':["43","Tc","Technetium","Transition metal","7","5"],"cellBackgrounds":[null,null,null,[252,175,' +
  '62,255],null,null]}],["create","w151","rwt.widgets.GridItem",{"parent":"w99","index":43,"texts":' +
  '["44","Ru","Ruthenium","Transition metal","8","5"],"cellBackgrounds":[null,null,null,[252,175,62' +
  ',255],null,null]}],["create","w152","rwt.widgets.GridItem",{"parent":"w99","index":44,"texts":["' +
  '45","Rh","Rhodium","Transition metal","9","5"],"cellBackgrounds":[null,null,null,[252,175,62,255' +
  '],null,null]}],["create","w153","rwt.widgets.GridItem",{"parent":"w99","index":45,"texts":["46",' +
  '"Pd","Palladium","Transition metal","10","5"],"cellBackgrounds":[null,null,null,[252,175,62,255]' +
  ',null,null]}],["create","w154","rwt.widgets.GridItem",{"parent":"w99","index":46,"texts":["47","' +
  'Ag","Silver","Transition metal","11","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul' +
  'l,null]}],["create","w155","rwt.widgets.GridItem",{"parent":"w99","index":47,"texts":["48","Cd",' +
  '"Cadmium","Transition metal","12","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,n' +
  'ull]}],["create","w156","rwt.widgets.GridItem",{"parent":"w99","index":48,"texts":["49","In","In' +
  'dium","Post-transition metal","13","5"],"cellBackgrounds":[null,null,null,[136,138,133,255],null' +
  ',null]}],["create","w157","rwt.widgets.GridItem",{"parent":"w99","index":49,"texts":["50","Sn","' +
  'Tin","Post-transition metal","14","5"],"cellBackgrounds":[null,null,null,[136,138,133,255],null,' +
  'null]}],["create","w158","rwt.widgets.GridItem",{"parent":"w99","index":50,"texts":["51","Sb","A' +
  'ntimony","Metalloid","15","5"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],' +
  '["create","w159","rwt.widgets.GridItem",{"parent":"w99","index":51,"texts":["52","Te","Tellurium' +
  '","Metalloid","16","5"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["creat' +
  'e","w160","rwt.widgets.GridItem",{"parent":"w99","index":52,"texts":["53","I","Iodine","Halogen"' +
  ',"17","5"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create","w161","rwt' +
  '.widgets.GridItem",{"parent":"w99","index":53,"texts":["54","Xe","Xenon","Noble gas","18","5"],"' +
  'cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w162","rwt.widgets.Gr' +
  'idItem",{"parent":"w99","index":54,"texts":["55","Cs","Caesium","Alkali metal","1","6"],"cellBac' +
  'kgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w163","rwt.widgets.GridItem",{' +
  '"parent":"w99","index":55,"texts":["56","Ba","Barium","Alkaline earth metal","2","6"],"cellBackg' +
  'rounds":[null,null,null,[233,185,110,255],null,null]}],["create","w164","rwt.widgets.GridItem",{' +
  '"parent":"w99","index":56,"texts":["57","La","Lanthanum","Lanthanide","3","6"],"cellBackgrounds"' +
  ':[null,null,null,[173,127,168,255],null,null]}],["create","w165","rwt.widgets.GridItem",{"parent' +
  '":"w99","index":57,"texts":["58","Ce","Cerium","Lanthanide","3","6"],"cellBackgrounds":[null,nul' +
  'l,null,[173,127,168,255],null,null]}],["create","w166","rwt.widgets.GridItem",{"parent":"w99","i' +
  'ndex":58,"texts":["59","Pr","Praseodymium","Lanthanide","3","6"],"cellBackgrounds":[null,null,nu' +
  'll,[173,127,168,255],null,null]}],["create","w167","rwt.widgets.GridItem",{"parent":"w99","index' +
  '":59,"texts":["60","Nd","Neodymium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173' +
  ',127,168,255],null,null]}],["create","w168","rwt.widgets.GridItem",{"parent":"w99","index":60,"t' +
  'exts":["61","Pm","Promethium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,1' +
  '68,255],null,null]}],["create","w169","rwt.widgets.GridItem",{"parent":"w99","index":61,"texts":' +
  '["62","Sm","Samarium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],' +
  'null,null]}],["create","w170","rwt.widgets.GridItem",{"parent":"w99","index":62,"texts":["63","E' +
  'u","Europium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nul' +
  'l]}],["create","w171","rwt.widgets.GridItem",{"parent":"w99","index":63,"texts":["64","Gd","Gado' +
  'linium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],[' +
  '"create","w172","rwt.widgets.GridItem",{"parent":"w99","index":64,"texts":["65","Tb","Terbium","' +
  'Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create",' +
  '"w173","rwt.widgets.GridItem",{"parent":"w99","index":65,"texts":["66","Dy","Dysprosium","Lantha' +
  'nide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w174"' +
  ',"rwt.widgets.GridItem",{"parent":"w99","index":66,"texts":["67","Ho","Holmium","Lanthanide","3"' +
  ',"6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w175","rwt.wid' +
  'gets.GridItem",{"parent":"w99","index":67,"texts":["68","Er","Erbium","Lanthanide","3","6"],"cel' +
  'lBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w176","rwt.widgets.GridI' +
  'tem",{"parent":"w99","index":68,"texts":["69","Tm","Thulium","Lanthanide","3","6"],"cellBackgrou' +
  'nds":[null,null,null,[173,127,168,255],null,null]}],["create","w177","rwt.widgets.GridItem",{"pa' +
  'rent":"w99","index":69,"texts":["70","Yb","Ytterbium","Lanthanide","3","6"],"cellBackgrounds":[n' +
  'ull,null,null,[173,127,168,255],null,null]}],["create","w178","rwt.widgets.GridItem",{"parent":"' +
  'w99","index":70,"texts":["71","Lu","Lutetium","Lanthanide","3","6"],"cellBackgrounds":[null,null' +
  ',null,[173,127,168,255],null,null]}],["create","w179","rwt.widgets.GridItem",{"parent":"w99","in' +
  'dex":71,"texts":["72","Hf","Hafnium","Transition metal","4","6"],"cellBackgrounds":[null,null,nu' +
  'll,[252,175,62,255],null,null]}],["create","w180","rwt.widgets.GridItem",{"parent":"w99","index"' +
  ':72,"texts":["73","Ta","Tantalum","Transition metal","5","6"],"cellBackgrounds":[null,null,null,' +
  '[252,175,62,255],null,null]}],["create","w181","rwt.widgets.GridItem",{"parent":"w99","index":73' +
  ',"texts":["74","W","Tungsten","Transition metal","6","6"],"cellBackgrounds":[null,null,null,[252' +
  ',175,62,255],null,null]}],["create","w182","rwt.widgets.GridItem",{"parent":"w99","index":74,"te' +
  'xts":["75","Re","Rhenium","Transition metal","7","6"],"cellBackgrounds":[null,null,null,[252,175' +
  ',62,255],null,null]}],["create","w183","rwt.widgets.GridItem",{"parent":"w99","index":75,"texts"' +
  ':["76","Os","Osmium","Transition metal","8","6"],"cellBackgrounds":[null,null,null,[252,175,62,2' +
  '55],null,null]}],["create","w184","rwt.widgets.GridItem",{"parent":"w99","index":76,"texts":["77' +
  '","Ir","Iridium","Transition metal","9","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],' +
  'null,null]}],["create","w185","rwt.widgets.GridItem",{"parent":"w99","index":77,"texts":["78","P' +
  't","Platinum","Transition metal","10","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],nu' +
  'll,null]}],["create","w186","rwt.widgets.GridItem",{"parent":"w99","index":78,"texts":["79","Au"' +
  ',"Gold","Transition metal","11","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,nul' +
  'l]}],["create","w187","rwt.widgets.GridItem",{"parent":"w99","index":79,"texts":["80","Hg","Merc' +
  'ury","Transition metal","12","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}' +
  '],["create","w188","rwt.widgets.GridItem",{"parent":"w99","index":80,"texts":["81","Tl","Thalliu' +
  'm","Post-transition metal","13","6"],"cellBackgrounds":[null,null,null,[136,138,133,255],null,nu' +
  'll]}],["create","w189","rwt.widgets.GridItem",{"parent":"w99","index":81,"texts":["82","Pb","Lea' +
  'd","Post-transition metal","14","6"],"cellBackgrounds":[null,null,null,[136,138,133,255],null,nu' +
  'll]}],["create","w190","rwt.widgets.GridItem",{"parent":"w99","index":82,"texts":["83","Bi","Bis' +
  'muth","Post-transition metal","15","6"],"cellBackgrounds":[null,null,null,[136,138,133,255],null' +
  ',null]}],["create","w191","rwt.widgets.GridItem",{"parent":"w99","index":83,"texts":["84","Po","' +
  'Polonium","Metalloid","16","6"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}]' +
  ',["create","w192","rwt.widgets.GridItem",{"parent":"w99","index":84,"texts":["85","At","Astatine' +
  '","Halogen","17","6"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create",' +
  '"w193","rwt.widgets.GridItem",{"parent":"w99","index":85,"texts":["86","Rn","Radon","Noble gas",' +
  '"18","6"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w194","rwt' +
  '.widgets.GridItem",{"parent":"w99","index":86,"texts":["87","Fr","Francium","Alkali metal","1","' +
  '7"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w195","rwt.widgets' +
  '.GridItem",{"parent":"w99","index":87,"texts":["88","Ra","Radium","Alkaline earth metal","2","7"' +
  '],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w196","rwt.widgets' +
  '.GridItem",{"parent":"w99","index":88,"texts":["89","Ac","Actinium","Actinide","3","7"],"cellBac' +
  'kgrounds":[null,null,null,[193,125,17,255],null,null]}],["create","w197","rwt.widgets.GridItem",' +
  '{"parent":"w99","index":89,"texts":["90","Th","Thorium","Actinide","3","7"],"cellBackgrounds":[n' +
  'ull,null,null,[193,125,17,255],null,null]}],["create","w198","rwt.widgets.GridItem",{"parent":"w' +
  '99","index":90,"texts":["91","Pa","Protactinium","Actinide","3","7"],"cellBackgrounds":[null,nul' +
  'l,null,[193,125,17,255],null,null]}],["create","w199","rwt.widgets.GridItem",{"parent":"w99","in' +
  'dex":91,"texts":["92","U","Uranium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[193,1' +
  '25,17,255],null,null]}],["create","w200","rwt.widgets.GridItem",{"parent":"w99","index":92,"text' +
  's":["93","Np","Neptunium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[193,125,17,255]' +
  ',null,null]}],["create","w201","rwt.widgets.GridItem",{"parent":"w99","index":93,"texts":["94","' +
  'Pu","Plutonium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[193,125,17,255],null,null' +
  ']}],["create","w202","rwt.widgets.GridItem",{"parent":"w99","index":94,"texts":["95","Am","Ameri' +
  'cium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[193,125,17,255],null,null]}],["crea' +
  'te","w203","rwt.widgets.GridItem",{"parent":"w99","index":95,"texts":["96","Cm","Curium","Actini' +
  'de","3","7"],"cellBackgrounds":[null,null,null,[193,125,17,255],null,null]}],["create","w204","r' +
  'wt.widgets.GridItem",{"parent":"w99","index":96,"texts":["97","Bk","Berkelium","Actinide","3","7' +
  '"],"cellBackgrounds":[null,null,null,[193,125,17,255],null,null]}],["create","w205","rwt.widgets' +
  '.GridItem",{"parent":"w99","index":97,"texts":["98","Cf","Californium","Actinide","3","7"],"cell' +
  'Backgrounds":[null,null,null,[193,125,17,255],null,null]}],["create","w206","rwt.widgets.GridIte' +
  'm",{"parent":"w99","index":98,"texts":["99","Es","Einsteinium","Actinide","3","7"],"cellBackgrou' +
  'nds":[null,null,null,[193,125,17,255],null,null]}],["create","w207","rwt.widgets.GridItem",{"par' +
  'ent":"w99","index":99,"texts":["100","Fm","Fermium","Actinide","3","7"],"cellBackgrounds":[null,' +
  'null,null,[193,125,17,255],null,null]}],["create","w208","rwt.widgets.GridItem",{"parent":"w99",' +
  '"index":100,"texts":["101","Md","Mendelevium","Actinide","3","7"],"cellBackgrounds":[null,null,n' +
  'ull,[193,125,17,255],null,null]}],["create","w209","rwt.widgets.GridItem",{"parent":"w99","index' +
  '":101,"texts":["102","No","Nobelium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[193,' +
  '125,17,255],null,null]}],["create","w210","rwt.widgets.GridItem",{"parent":"w99","index":102,"te' +
  'xts":["103","Lr","Lawrencium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[193,125,17,' +
  '255],null,null]}],["create","w211","rwt.widgets.GridItem",{"parent":"w99","index":103,"texts":["' +
  '104","Rf","Rutherfordium","Transition metal","4","7"],"cellBackgrounds":[null,null,null,[252,175' +
  ',62,255],null,null]}],["create","w212","rwt.widgets.GridItem",{"parent":"w99","index":104,"texts' +
  '":["105","Db","Dubnium","Transition metal","5","7"],"cellBackgrounds":[null,null,null,[252,175,6' +
  '2,255],null,null]}],["create","w213","rwt.widgets.GridItem",{"parent":"w99","index":105,"texts":' +
  '["106","Sg","Seaborgium","Transition metal","6","7"],"cellBackgrounds":[null,null,null,[252,175,' +
  '62,255],null,null]}],["create","w214","rwt.widgets.GridItem",{"parent":"w99","index":106,"texts"' +
  ':["107","Bh","Bohrium","Transition metal","7","7"],"cellBackgrounds":[null,null,null,[252,175,62' +
  ',255],null,null]}],["create","w215","rwt.widgets.GridItem",{"parent":"w99","index":107,"texts":[' +
  '"108","Hs","Hassium","Transition metal","8","7"],"cellBackgrounds":[null,null,null,[252,175,62,2' +
  '55],null,null]}],["create","w216","rwt.widgets.GridItem",{"parent":"w99","index":108,"texts":["1' +
  '09","Mt","Meitnerium","Unknown","9","7"],"cellBackgrounds":[null,null,null,[211,215,207,255],nul' +
  'l,null]}],["create","w217","rwt.widgets.GridItem",{"parent":"w99","index":109,"texts":["110","Ds' +
  '","Darmstadtium","Unknown","10","7"],"cellBackgrounds":[null,null,null,[211,215,207,255],null,nu' +
  'll]}],["create","w218","rwt.widgets.GridItem",{"parent":"w99","index":110,"texts":["111","Rg","R' +
  'oentgenium","Unknown","11","7"],"cellBackgrounds":[null,null,null,[211,215,207,255],null,null]}]' +
  ',["create","w219","rwt.widgets.GridItem",{"parent":"w99","index":111,"texts":["112","Cn","Copern' +
  'icium","Transition metal","12","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null' +
  ']}],["create","w220","rwt.widgets.GridItem",{"parent":"w99","index":112,"texts":["113","Nh","Nih' +
  'onium","Unknown","13","7"],"cellBackgrounds":[null,null,null,[211,215,207,255],null,null]}],["cr' +
  'eate","w221","rwt.widgets.GridItem",{"parent":"w99","index":113,"texts":["114","Fl","Flerovium",' +
  '"Unknown","14","7"],"cellBackgrounds":[null,null,null,[211,215,207,255],null,null]}],["create","' +
  'w222","rwt.widgets.GridItem",{"parent":"w99","index":114,"texts":["115","Mc","Moscovium","Unknow' +
  'n","15","7"],"cellBackgrounds":[null,null,null,[211,215,207,255],null,null]}],["create","w223","' +
  'rwt.widgets.GridItem",{"parent":"w99","index":115,"texts":["116","Lv","Livermorium","Unknown","1' +
  '6","7"],"cellBackgrounds":[null,null,null,[211,215,207,255],null,null]}],["create","w224","rwt.w' +
  'idgets.GridItem",{"parent":"w99","index":116,"texts":["117","Ts","Tennessine","Unknown","17","7"' +
  '],"cellBackgrounds":[null,null,null,[211,215,207,255],null,null]}],["create","w225","rwt.widgets' +
  '.GridItem",{"parent":"w99","index":117,"texts":["118","Og","Oganesson","Unknown","18","7"],"cell' +
  'Backgrounds":[null,null,null,[211,215,207,255],null,null]}],["create","w226","rwt.widgets.Label"' +
  ',{"parent":"w97","style":["WRAP"],"bounds":[10,464,988,51],"tabIndex":-1,"text":"Hydrogen (H) is' +
  ' a nonmetal in group 1 and period 1."}],["create","w228","rwt.widgets.Button",{"parent":"w97","s' +
  'tyle":["PUSH"],"bounds":[10,525,120,32],"tabIndex":24,"text":"Details..."}],["listen","w228",{"S' +
  'election":true}],["set","w1",{"focusControl":"w99"}],["call","rwt.client.BrowserNavigation","add' +
  'ToHistory",{"entries":[["tableviewer","TableViewer"]]}]]}';

class Json extends Benchmark {
  benchmark() {
    return new JsonPureStringParser(RAP_BENCHMARK_MINIFIED).parse();
  }

  verifyResult(result) {
    if (!result.isObject()) {
      return false;
    }
    if (!result.asObject().get('head').isObject()) {
      return false;
    }
    if (!result.asObject().get('operations').isArray()) {
      return false;
    }
    return result.asObject().get('operations').asArray().size() === 156;
  }
}

module.exports = { Json, JsonPureStringParser, RAP_BENCHMARK_MINIFIED };
