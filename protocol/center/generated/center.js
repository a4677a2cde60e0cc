/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const yibao = $root.yibao = (() => {

    /**
     * Namespace yibao.
     * @exports yibao
     * @namespace
     */
    const yibao = {};

    yibao.center = (function() {

        /**
         * Namespace center.
         * @memberof yibao
         * @namespace
         */
        const center = {};

        center.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof yibao.center
             * @namespace
             */
            const v1 = {};

            /**
             * AdjudicationOutcome enum.
             * @name yibao.center.v1.AdjudicationOutcome
             * @enum {number}
             * @property {number} ADJUDICATION_OUTCOME_UNSPECIFIED=0 ADJUDICATION_OUTCOME_UNSPECIFIED value
             * @property {number} ADJUDICATION_OUTCOME_ACCEPTED=1 ADJUDICATION_OUTCOME_ACCEPTED value
             * @property {number} ADJUDICATION_OUTCOME_ADJUSTED=2 ADJUDICATION_OUTCOME_ADJUSTED value
             * @property {number} ADJUDICATION_OUTCOME_REJECTED=3 ADJUDICATION_OUTCOME_REJECTED value
             */
            v1.AdjudicationOutcome = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ADJUDICATION_OUTCOME_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ADJUDICATION_OUTCOME_ACCEPTED"] = 1;
                values[valuesById[2] = "ADJUDICATION_OUTCOME_ADJUSTED"] = 2;
                values[valuesById[3] = "ADJUDICATION_OUTCOME_REJECTED"] = 3;
                return values;
            })();

            v1.LineDecision = (function() {

                /**
                 * Properties of a LineDecision.
                 * @typedef {Object} yibao.center.v1.LineDecision.$Properties
                 * @property {string|null} [feedetlSn] LineDecision feedetlSn
                 * @property {yibao.center.v1.AdjudicationOutcome|null} [outcome] LineDecision outcome
                 * @property {string|null} [code] LineDecision code
                 * @property {string|null} [reason] LineDecision reason
                 * @property {string|null} [allowedAmt] LineDecision allowedAmt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LineDecision.
                 * @memberof yibao.center.v1
                 * @interface ILineDecision
                 * @augments yibao.center.v1.LineDecision.$Properties
                 * @deprecated Use yibao.center.v1.LineDecision.$Properties instead.
                 */

                /**
                 * Shape of a LineDecision.
                 * @typedef {yibao.center.v1.LineDecision.$Properties} yibao.center.v1.LineDecision.$Shape
                 */

                /**
                 * Constructs a new LineDecision.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a LineDecision.
                 * @constructor
                 * @param {yibao.center.v1.LineDecision.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LineDecision = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * LineDecision feedetlSn.
                 * @member {string} feedetlSn
                 * @memberof yibao.center.v1.LineDecision
                 * @instance
                 */
                LineDecision.prototype.feedetlSn = "";

                /**
                 * LineDecision outcome.
                 * @member {yibao.center.v1.AdjudicationOutcome} outcome
                 * @memberof yibao.center.v1.LineDecision
                 * @instance
                 */
                LineDecision.prototype.outcome = 0;

                /**
                 * LineDecision code.
                 * @member {string} code
                 * @memberof yibao.center.v1.LineDecision
                 * @instance
                 */
                LineDecision.prototype.code = "";

                /**
                 * LineDecision reason.
                 * @member {string} reason
                 * @memberof yibao.center.v1.LineDecision
                 * @instance
                 */
                LineDecision.prototype.reason = "";

                /**
                 * LineDecision allowedAmt.
                 * @member {string} allowedAmt
                 * @memberof yibao.center.v1.LineDecision
                 * @instance
                 */
                LineDecision.prototype.allowedAmt = "";

                /**
                 * Creates a new LineDecision instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {yibao.center.v1.LineDecision.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.LineDecision} LineDecision instance
                 * @type {{
                 *   (properties: yibao.center.v1.LineDecision.$Shape): yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape;
                 *   (properties?: yibao.center.v1.LineDecision.$Properties): yibao.center.v1.LineDecision;
                 * }}
                 */
                LineDecision.create = function(properties) {
                    return new LineDecision(properties);
                };

                /**
                 * Encodes the specified LineDecision message. Does not implicitly {@link yibao.center.v1.LineDecision.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {yibao.center.v1.LineDecision.$Properties} m LineDecision message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LineDecision.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.feedetlSn != null && $Object.hasOwnProperty.call(m, "feedetlSn") && m.feedetlSn !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.feedetlSn);
                    if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome") && m.outcome !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.outcome);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.code);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                    if (m.allowedAmt != null && $Object.hasOwnProperty.call(m, "allowedAmt") && m.allowedAmt !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.allowedAmt);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified LineDecision message, length delimited. Does not implicitly {@link yibao.center.v1.LineDecision.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {yibao.center.v1.LineDecision.$Properties} message LineDecision message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LineDecision.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a LineDecision message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape} LineDecision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LineDecision.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.LineDecision();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.feedetlSn = v;
                                else
                                    delete m.feedetlSn;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.outcome = v;
                                else
                                    delete m.outcome;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.allowedAmt = v;
                                else
                                    delete m.allowedAmt;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a LineDecision message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape} LineDecision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LineDecision.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a LineDecision message.
                 * @function verify
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                LineDecision.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.feedetlSn != null && $Object.hasOwnProperty.call(m, "feedetlSn")) {
                        if (!$util.isString(m.feedetlSn))
                            return "feedetlSn: string expected";
                    }
                    if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                        if (typeof m.outcome !== "number" || (m.outcome | 0) !== m.outcome)
                            return "outcome: enum value expected";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    if (m.allowedAmt != null && $Object.hasOwnProperty.call(m, "allowedAmt")) {
                        if (!$util.isString(m.allowedAmt))
                            return "allowedAmt: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a LineDecision message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.LineDecision} LineDecision
                 */
                LineDecision.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.LineDecision)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.LineDecision: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.LineDecision();
                    if (d.feedetlSn != null) {
                        if (typeof d.feedetlSn !== "string" || d.feedetlSn.length) {
                            m.feedetlSn = $String(d.feedetlSn);
                        }
                    }
                    if (d.outcome !== 0 && (typeof d.outcome !== "string" || $root.yibao.center.v1.AdjudicationOutcome[d.outcome] !== 0)) {
                        switch (d.outcome) {
                        case "ADJUDICATION_OUTCOME_UNSPECIFIED":
                        case 0:
                            m.outcome = 0;
                            break;
                        case "ADJUDICATION_OUTCOME_ACCEPTED":
                        case 1:
                            m.outcome = 1;
                            break;
                        case "ADJUDICATION_OUTCOME_ADJUSTED":
                        case 2:
                            m.outcome = 2;
                            break;
                        case "ADJUDICATION_OUTCOME_REJECTED":
                        case 3:
                            m.outcome = 3;
                            break;
                        default:
                            if (typeof d.outcome === "number" && (d.outcome | 0) === d.outcome)
                                m.outcome = d.outcome;
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    if (d.allowedAmt != null) {
                        if (typeof d.allowedAmt !== "string" || d.allowedAmt.length) {
                            m.allowedAmt = $String(d.allowedAmt);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a LineDecision message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {yibao.center.v1.LineDecision} m LineDecision
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LineDecision.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.feedetlSn = "";
                        d.outcome = o.enums === $String ? "ADJUDICATION_OUTCOME_UNSPECIFIED" : 0;
                        d.code = "";
                        d.reason = "";
                        d.allowedAmt = "";
                    }
                    if (m.feedetlSn != null && $Object.hasOwnProperty.call(m, "feedetlSn")) {
                        d.feedetlSn = m.feedetlSn;
                    }
                    if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                        d.outcome = o.enums === $String ? $root.yibao.center.v1.AdjudicationOutcome[m.outcome] === $undefined ? m.outcome : $root.yibao.center.v1.AdjudicationOutcome[m.outcome] : m.outcome;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    if (m.allowedAmt != null && $Object.hasOwnProperty.call(m, "allowedAmt")) {
                        d.allowedAmt = m.allowedAmt;
                    }
                    return d;
                };

                /**
                 * Converts this LineDecision to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.LineDecision
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LineDecision.prototype.toJSON = function() {
                    return LineDecision.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LineDecision
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.LineDecision
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LineDecision.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.LineDecision";
                };

                return LineDecision;
            })();

            v1.Adjudication = (function() {

                /**
                 * Properties of an Adjudication.
                 * @typedef {Object} yibao.center.v1.Adjudication.$Properties
                 * @property {string|null} [recordId] Adjudication recordId
                 * @property {string|null} [setlId] Adjudication setlId
                 * @property {yibao.center.v1.AdjudicationOutcome|null} [outcome] Adjudication outcome
                 * @property {yibao.center.v1.Amounts.$Properties|null} [adjusted] Adjudication adjusted
                 * @property {Array.<yibao.center.v1.LineDecision.$Properties>|null} [lines] Adjudication lines
                 * @property {string|null} [code] Adjudication code
                 * @property {string|null} [reason] Adjudication reason
                 * @property {number|Long|null} [decidedAtMs] Adjudication decidedAtMs
                 * @property {number|Long|null} [cursor] Adjudication cursor
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Adjudication.
                 * @memberof yibao.center.v1
                 * @interface IAdjudication
                 * @augments yibao.center.v1.Adjudication.$Properties
                 * @deprecated Use yibao.center.v1.Adjudication.$Properties instead.
                 */

                /**
                 * Shape of an Adjudication.
                 * @typedef {yibao.center.v1.Adjudication.$Properties} yibao.center.v1.Adjudication.$Shape
                 */

                /**
                 * Constructs a new Adjudication.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an Adjudication.
                 * @constructor
                 * @param {yibao.center.v1.Adjudication.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Adjudication = function (p) {
                    this.lines = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Adjudication recordId.
                 * @member {string} recordId
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.recordId = "";

                /**
                 * Adjudication setlId.
                 * @member {string} setlId
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.setlId = "";

                /**
                 * Adjudication outcome.
                 * @member {yibao.center.v1.AdjudicationOutcome} outcome
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.outcome = 0;

                /**
                 * Adjudication adjusted.
                 * @member {yibao.center.v1.Amounts.$Properties|null|undefined} adjusted
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.adjusted = null;

                /**
                 * Adjudication lines.
                 * @member {Array.<yibao.center.v1.LineDecision.$Properties>} lines
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.lines = $util.emptyArray;

                /**
                 * Adjudication code.
                 * @member {string} code
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.code = "";

                /**
                 * Adjudication reason.
                 * @member {string} reason
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.reason = "";

                /**
                 * Adjudication decidedAtMs.
                 * @member {number|Long} decidedAtMs
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.decidedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Adjudication cursor.
                 * @member {number|Long} cursor
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 */
                Adjudication.prototype.cursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Adjudication instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {yibao.center.v1.Adjudication.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Adjudication} Adjudication instance
                 * @type {{
                 *   (properties: yibao.center.v1.Adjudication.$Shape): yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape;
                 *   (properties?: yibao.center.v1.Adjudication.$Properties): yibao.center.v1.Adjudication;
                 * }}
                 */
                Adjudication.create = function(properties) {
                    return new Adjudication(properties);
                };

                /**
                 * Encodes the specified Adjudication message. Does not implicitly {@link yibao.center.v1.Adjudication.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {yibao.center.v1.Adjudication.$Properties} m Adjudication message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Adjudication.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId") && m.recordId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.recordId);
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId") && m.setlId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.setlId);
                    if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome") && m.outcome !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).int32(m.outcome);
                    if (m.adjusted != null && $Object.hasOwnProperty.call(m, "adjusted"))
                        $root.yibao.center.v1.Amounts.encode(m.adjusted, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (m.lines != null && m.lines.length) {
                        for (var i = 0; i < m.lines.length; ++i)
                            $root.yibao.center.v1.LineDecision.encode(m.lines[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.code);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.reason);
                    if (m.decidedAtMs != null && $Object.hasOwnProperty.call(m, "decidedAtMs") && (typeof m.decidedAtMs === "object" ? m.decidedAtMs.low || m.decidedAtMs.high : m.decidedAtMs !== 0))
                        w.uint32(/* id 8, wireType 0 =*/64).int64(m.decidedAtMs);
                    if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor") && (typeof m.cursor === "object" ? m.cursor.low || m.cursor.high : m.cursor !== 0))
                        w.uint32(/* id 9, wireType 0 =*/72).uint64(m.cursor);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Adjudication message, length delimited. Does not implicitly {@link yibao.center.v1.Adjudication.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {yibao.center.v1.Adjudication.$Properties} message Adjudication message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Adjudication.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Adjudication message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape} Adjudication
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Adjudication.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Adjudication();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.recordId = v;
                                else
                                    delete m.recordId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.setlId = v;
                                else
                                    delete m.setlId;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.outcome = v;
                                else
                                    delete m.outcome;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.adjusted = $root.yibao.center.v1.Amounts.decode(r, r.size(), $undefined, q + 1, m.adjusted);
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.lines && m.lines.length))
                                    m.lines = [];
                                m.lines.push($root.yibao.center.v1.LineDecision.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.decidedAtMs = v;
                                else
                                    delete m.decidedAtMs;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.cursor = v;
                                else
                                    delete m.cursor;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an Adjudication message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape} Adjudication
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Adjudication.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Adjudication message.
                 * @function verify
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Adjudication.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        if (!$util.isString(m.recordId))
                            return "recordId: string expected";
                    }
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        if (!$util.isString(m.setlId))
                            return "setlId: string expected";
                    }
                    if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                        if (typeof m.outcome !== "number" || (m.outcome | 0) !== m.outcome)
                            return "outcome: enum value expected";
                    }
                    if (m.adjusted != null && $Object.hasOwnProperty.call(m, "adjusted")) {
                        {
                            var e = $root.yibao.center.v1.Amounts.verify(m.adjusted, q + 1);
                            if (e)
                                return "adjusted." + e;
                        }
                    }
                    if (m.lines != null && $Object.hasOwnProperty.call(m, "lines")) {
                        if (!$Array.isArray(m.lines))
                            return "lines: array expected";
                        for (var i = 0; i < m.lines.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.LineDecision.verify(m.lines[i], q + 1);
                                if (e)
                                    return "lines." + e;
                            }
                        }
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    if (m.decidedAtMs != null && $Object.hasOwnProperty.call(m, "decidedAtMs")) {
                        if (!$util.isInteger(m.decidedAtMs) && !(m.decidedAtMs && $util.isInteger(m.decidedAtMs.low) && $util.isInteger(m.decidedAtMs.high)))
                            return "decidedAtMs: integer|Long expected";
                    }
                    if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor")) {
                        if (!$util.isInteger(m.cursor) && !(m.cursor && $util.isInteger(m.cursor.low) && $util.isInteger(m.cursor.high)))
                            return "cursor: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates an Adjudication message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Adjudication} Adjudication
                 */
                Adjudication.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Adjudication)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Adjudication: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Adjudication();
                    if (d.recordId != null) {
                        if (typeof d.recordId !== "string" || d.recordId.length) {
                            m.recordId = $String(d.recordId);
                        }
                    }
                    if (d.setlId != null) {
                        if (typeof d.setlId !== "string" || d.setlId.length) {
                            m.setlId = $String(d.setlId);
                        }
                    }
                    if (d.outcome !== 0 && (typeof d.outcome !== "string" || $root.yibao.center.v1.AdjudicationOutcome[d.outcome] !== 0)) {
                        switch (d.outcome) {
                        case "ADJUDICATION_OUTCOME_UNSPECIFIED":
                        case 0:
                            m.outcome = 0;
                            break;
                        case "ADJUDICATION_OUTCOME_ACCEPTED":
                        case 1:
                            m.outcome = 1;
                            break;
                        case "ADJUDICATION_OUTCOME_ADJUSTED":
                        case 2:
                            m.outcome = 2;
                            break;
                        case "ADJUDICATION_OUTCOME_REJECTED":
                        case 3:
                            m.outcome = 3;
                            break;
                        default:
                            if (typeof d.outcome === "number" && (d.outcome | 0) === d.outcome)
                                m.outcome = d.outcome;
                        }
                    }
                    if (d.adjusted != null) {
                        if (!$util.isObject(d.adjusted))
                            throw $TypeError(".yibao.center.v1.Adjudication.adjusted: object expected");
                        m.adjusted = $root.yibao.center.v1.Amounts.fromObject(d.adjusted, q + 1);
                    }
                    if (d.lines) {
                        if (!$Array.isArray(d.lines))
                            throw $TypeError(".yibao.center.v1.Adjudication.lines: array expected");
                        m.lines = $Array(d.lines.length);
                        for (var i = 0; i < d.lines.length; ++i) {
                            if (!$util.isObject(d.lines[i]))
                                throw $TypeError(".yibao.center.v1.Adjudication.lines: object expected");
                            m.lines[i] = $root.yibao.center.v1.LineDecision.fromObject(d.lines[i], q + 1);
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    if (d.decidedAtMs != null) {
                        if (typeof d.decidedAtMs === "object" ? d.decidedAtMs.low || d.decidedAtMs.high : $Number(d.decidedAtMs) !== 0) {
                            if ($util.Long)
                                m.decidedAtMs = $util.Long.fromValue(d.decidedAtMs, false);
                            else if (typeof d.decidedAtMs === "string")
                                m.decidedAtMs = $parseInt(d.decidedAtMs, 10);
                            else if (typeof d.decidedAtMs === "number")
                                m.decidedAtMs = d.decidedAtMs;
                            else if (typeof d.decidedAtMs === "object")
                                m.decidedAtMs = new $util.LongBits(d.decidedAtMs.low >>> 0, d.decidedAtMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.cursor != null) {
                        if (typeof d.cursor === "object" ? d.cursor.low || d.cursor.high : $Number(d.cursor) !== 0) {
                            if ($util.Long)
                                m.cursor = $util.Long.fromValue(d.cursor, true);
                            else if (typeof d.cursor === "string")
                                m.cursor = $parseInt(d.cursor, 10);
                            else if (typeof d.cursor === "number")
                                m.cursor = d.cursor;
                            else if (typeof d.cursor === "object")
                                m.cursor = new $util.LongBits(d.cursor.low >>> 0, d.cursor.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Adjudication message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {yibao.center.v1.Adjudication} m Adjudication
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Adjudication.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.lines = [];
                    }
                    if (o.defaults) {
                        d.recordId = "";
                        d.setlId = "";
                        d.outcome = o.enums === $String ? "ADJUDICATION_OUTCOME_UNSPECIFIED" : 0;
                        d.adjusted = null;
                        d.code = "";
                        d.reason = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.decidedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.decidedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.cursor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.cursor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        d.recordId = m.recordId;
                    }
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        d.setlId = m.setlId;
                    }
                    if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                        d.outcome = o.enums === $String ? $root.yibao.center.v1.AdjudicationOutcome[m.outcome] === $undefined ? m.outcome : $root.yibao.center.v1.AdjudicationOutcome[m.outcome] : m.outcome;
                    }
                    if (m.adjusted != null && $Object.hasOwnProperty.call(m, "adjusted")) {
                        d.adjusted = $root.yibao.center.v1.Amounts.toObject(m.adjusted, o, q + 1);
                    }
                    if (m.lines && m.lines.length) {
                        d.lines = $Array(m.lines.length);
                        for (var j = 0; j < m.lines.length; ++j) {
                            d.lines[j] = $root.yibao.center.v1.LineDecision.toObject(m.lines[j], o, q + 1);
                        }
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    if (m.decidedAtMs != null && $Object.hasOwnProperty.call(m, "decidedAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.decidedAtMs = typeof m.decidedAtMs === "number" ? $BigInt(m.decidedAtMs) : $util.Long.fromBits(m.decidedAtMs.low >>> 0, m.decidedAtMs.high >>> 0, false).toBigInt();
                        else if (typeof m.decidedAtMs === "number")
                            d.decidedAtMs = o.longs === $String ? $String(m.decidedAtMs) : m.decidedAtMs;
                        else
                            d.decidedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.decidedAtMs) : o.longs === $Number ? new $util.LongBits(m.decidedAtMs.low >>> 0, m.decidedAtMs.high >>> 0).toNumber() : m.decidedAtMs;
                    }
                    if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.cursor = typeof m.cursor === "number" ? $BigInt(m.cursor) : $util.Long.fromBits(m.cursor.low >>> 0, m.cursor.high >>> 0, true).toBigInt();
                        else if (typeof m.cursor === "number")
                            d.cursor = o.longs === $String ? $String(m.cursor) : m.cursor;
                        else
                            d.cursor = o.longs === $String ? $util.Long.prototype.toString.call(m.cursor) : o.longs === $Number ? new $util.LongBits(m.cursor.low >>> 0, m.cursor.high >>> 0).toNumber(true) : m.cursor;
                    }
                    return d;
                };

                /**
                 * Converts this Adjudication to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Adjudication
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Adjudication.prototype.toJSON = function() {
                    return Adjudication.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Adjudication
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Adjudication
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Adjudication.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Adjudication";
                };

                return Adjudication;
            })();

            v1.AdjudicationQuery = (function() {

                /**
                 * Properties of an AdjudicationQuery.
                 * @typedef {Object} yibao.center.v1.AdjudicationQuery.$Properties
                 * @property {number|Long|null} [afterCursor] AdjudicationQuery afterCursor
                 * @property {number|null} [limit] AdjudicationQuery limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AdjudicationQuery.
                 * @memberof yibao.center.v1
                 * @interface IAdjudicationQuery
                 * @augments yibao.center.v1.AdjudicationQuery.$Properties
                 * @deprecated Use yibao.center.v1.AdjudicationQuery.$Properties instead.
                 */

                /**
                 * Shape of an AdjudicationQuery.
                 * @typedef {yibao.center.v1.AdjudicationQuery.$Properties} yibao.center.v1.AdjudicationQuery.$Shape
                 */

                /**
                 * Constructs a new AdjudicationQuery.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an AdjudicationQuery.
                 * @constructor
                 * @param {yibao.center.v1.AdjudicationQuery.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AdjudicationQuery = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * AdjudicationQuery afterCursor.
                 * @member {number|Long} afterCursor
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @instance
                 */
                AdjudicationQuery.prototype.afterCursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AdjudicationQuery limit.
                 * @member {number} limit
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @instance
                 */
                AdjudicationQuery.prototype.limit = 0;

                /**
                 * Creates a new AdjudicationQuery instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {yibao.center.v1.AdjudicationQuery.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.AdjudicationQuery} AdjudicationQuery instance
                 * @type {{
                 *   (properties: yibao.center.v1.AdjudicationQuery.$Shape): yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape;
                 *   (properties?: yibao.center.v1.AdjudicationQuery.$Properties): yibao.center.v1.AdjudicationQuery;
                 * }}
                 */
                AdjudicationQuery.create = function(properties) {
                    return new AdjudicationQuery(properties);
                };

                /**
                 * Encodes the specified AdjudicationQuery message. Does not implicitly {@link yibao.center.v1.AdjudicationQuery.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {yibao.center.v1.AdjudicationQuery.$Properties} m AdjudicationQuery message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AdjudicationQuery.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.afterCursor != null && $Object.hasOwnProperty.call(m, "afterCursor") && (typeof m.afterCursor === "object" ? m.afterCursor.low || m.afterCursor.high : m.afterCursor !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.afterCursor);
                    if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.limit);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified AdjudicationQuery message, length delimited. Does not implicitly {@link yibao.center.v1.AdjudicationQuery.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {yibao.center.v1.AdjudicationQuery.$Properties} message AdjudicationQuery message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AdjudicationQuery.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AdjudicationQuery message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape} AdjudicationQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AdjudicationQuery.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.AdjudicationQuery();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.afterCursor = v;
                                else
                                    delete m.afterCursor;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.limit = v;
                                else
                                    delete m.limit;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an AdjudicationQuery message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape} AdjudicationQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AdjudicationQuery.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AdjudicationQuery message.
                 * @function verify
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AdjudicationQuery.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.afterCursor != null && $Object.hasOwnProperty.call(m, "afterCursor")) {
                        if (!$util.isInteger(m.afterCursor) && !(m.afterCursor && $util.isInteger(m.afterCursor.low) && $util.isInteger(m.afterCursor.high)))
                            return "afterCursor: integer|Long expected";
                    }
                    if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                        if (!$util.isInteger(m.limit))
                            return "limit: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates an AdjudicationQuery message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.AdjudicationQuery} AdjudicationQuery
                 */
                AdjudicationQuery.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.AdjudicationQuery)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.AdjudicationQuery: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.AdjudicationQuery();
                    if (d.afterCursor != null) {
                        if (typeof d.afterCursor === "object" ? d.afterCursor.low || d.afterCursor.high : $Number(d.afterCursor) !== 0) {
                            if ($util.Long)
                                m.afterCursor = $util.Long.fromValue(d.afterCursor, true);
                            else if (typeof d.afterCursor === "string")
                                m.afterCursor = $parseInt(d.afterCursor, 10);
                            else if (typeof d.afterCursor === "number")
                                m.afterCursor = d.afterCursor;
                            else if (typeof d.afterCursor === "object")
                                m.afterCursor = new $util.LongBits(d.afterCursor.low >>> 0, d.afterCursor.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.limit != null) {
                        if ($Number(d.limit) !== 0) {
                            m.limit = d.limit >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an AdjudicationQuery message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {yibao.center.v1.AdjudicationQuery} m AdjudicationQuery
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AdjudicationQuery.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.afterCursor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.afterCursor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.limit = 0;
                    }
                    if (m.afterCursor != null && $Object.hasOwnProperty.call(m, "afterCursor")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.afterCursor = typeof m.afterCursor === "number" ? $BigInt(m.afterCursor) : $util.Long.fromBits(m.afterCursor.low >>> 0, m.afterCursor.high >>> 0, true).toBigInt();
                        else if (typeof m.afterCursor === "number")
                            d.afterCursor = o.longs === $String ? $String(m.afterCursor) : m.afterCursor;
                        else
                            d.afterCursor = o.longs === $String ? $util.Long.prototype.toString.call(m.afterCursor) : o.longs === $Number ? new $util.LongBits(m.afterCursor.low >>> 0, m.afterCursor.high >>> 0).toNumber(true) : m.afterCursor;
                    }
                    if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                        d.limit = m.limit;
                    }
                    return d;
                };

                /**
                 * Converts this AdjudicationQuery to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AdjudicationQuery.prototype.toJSON = function() {
                    return AdjudicationQuery.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AdjudicationQuery
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.AdjudicationQuery
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AdjudicationQuery.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.AdjudicationQuery";
                };

                return AdjudicationQuery;
            })();

            v1.AdjudicationPage = (function() {

                /**
                 * Properties of an AdjudicationPage.
                 * @typedef {Object} yibao.center.v1.AdjudicationPage.$Properties
                 * @property {Array.<yibao.center.v1.Adjudication.$Properties>|null} [results] AdjudicationPage results
                 * @property {number|Long|null} [nextCursor] AdjudicationPage nextCursor
                 * @property {boolean|null} [more] AdjudicationPage more
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AdjudicationPage.
                 * @memberof yibao.center.v1
                 * @interface IAdjudicationPage
                 * @augments yibao.center.v1.AdjudicationPage.$Properties
                 * @deprecated Use yibao.center.v1.AdjudicationPage.$Properties instead.
                 */

                /**
                 * Shape of an AdjudicationPage.
                 * @typedef {yibao.center.v1.AdjudicationPage.$Properties} yibao.center.v1.AdjudicationPage.$Shape
                 */

                /**
                 * Constructs a new AdjudicationPage.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an AdjudicationPage.
                 * @constructor
                 * @param {yibao.center.v1.AdjudicationPage.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AdjudicationPage = function (p) {
                    this.results = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * AdjudicationPage results.
                 * @member {Array.<yibao.center.v1.Adjudication.$Properties>} results
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @instance
                 */
                AdjudicationPage.prototype.results = $util.emptyArray;

                /**
                 * AdjudicationPage nextCursor.
                 * @member {number|Long} nextCursor
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @instance
                 */
                AdjudicationPage.prototype.nextCursor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AdjudicationPage more.
                 * @member {boolean} more
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @instance
                 */
                AdjudicationPage.prototype.more = false;

                /**
                 * Creates a new AdjudicationPage instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {yibao.center.v1.AdjudicationPage.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.AdjudicationPage} AdjudicationPage instance
                 * @type {{
                 *   (properties: yibao.center.v1.AdjudicationPage.$Shape): yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape;
                 *   (properties?: yibao.center.v1.AdjudicationPage.$Properties): yibao.center.v1.AdjudicationPage;
                 * }}
                 */
                AdjudicationPage.create = function(properties) {
                    return new AdjudicationPage(properties);
                };

                /**
                 * Encodes the specified AdjudicationPage message. Does not implicitly {@link yibao.center.v1.AdjudicationPage.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {yibao.center.v1.AdjudicationPage.$Properties} m AdjudicationPage message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AdjudicationPage.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.results != null && m.results.length) {
                        for (var i = 0; i < m.results.length; ++i)
                            $root.yibao.center.v1.Adjudication.encode(m.results[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.nextCursor != null && $Object.hasOwnProperty.call(m, "nextCursor") && (typeof m.nextCursor === "object" ? m.nextCursor.low || m.nextCursor.high : m.nextCursor !== 0))
                        w.uint32(/* id 2, wireType 0 =*/16).uint64(m.nextCursor);
                    if (m.more != null && $Object.hasOwnProperty.call(m, "more") && m.more !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.more);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified AdjudicationPage message, length delimited. Does not implicitly {@link yibao.center.v1.AdjudicationPage.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {yibao.center.v1.AdjudicationPage.$Properties} message AdjudicationPage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AdjudicationPage.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AdjudicationPage message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape} AdjudicationPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AdjudicationPage.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.AdjudicationPage();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.results && m.results.length))
                                    m.results = [];
                                m.results.push($root.yibao.center.v1.Adjudication.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.nextCursor = v;
                                else
                                    delete m.nextCursor;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.more = v;
                                else
                                    delete m.more;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an AdjudicationPage message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape} AdjudicationPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AdjudicationPage.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AdjudicationPage message.
                 * @function verify
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AdjudicationPage.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.results != null && $Object.hasOwnProperty.call(m, "results")) {
                        if (!$Array.isArray(m.results))
                            return "results: array expected";
                        for (var i = 0; i < m.results.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.Adjudication.verify(m.results[i], q + 1);
                                if (e)
                                    return "results." + e;
                            }
                        }
                    }
                    if (m.nextCursor != null && $Object.hasOwnProperty.call(m, "nextCursor")) {
                        if (!$util.isInteger(m.nextCursor) && !(m.nextCursor && $util.isInteger(m.nextCursor.low) && $util.isInteger(m.nextCursor.high)))
                            return "nextCursor: integer|Long expected";
                    }
                    if (m.more != null && $Object.hasOwnProperty.call(m, "more")) {
                        if (typeof m.more !== "boolean")
                            return "more: boolean expected";
                    }
                    return null;
                };

                /**
                 * Creates an AdjudicationPage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.AdjudicationPage} AdjudicationPage
                 */
                AdjudicationPage.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.AdjudicationPage)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.AdjudicationPage: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.AdjudicationPage();
                    if (d.results) {
                        if (!$Array.isArray(d.results))
                            throw $TypeError(".yibao.center.v1.AdjudicationPage.results: array expected");
                        m.results = $Array(d.results.length);
                        for (var i = 0; i < d.results.length; ++i) {
                            if (!$util.isObject(d.results[i]))
                                throw $TypeError(".yibao.center.v1.AdjudicationPage.results: object expected");
                            m.results[i] = $root.yibao.center.v1.Adjudication.fromObject(d.results[i], q + 1);
                        }
                    }
                    if (d.nextCursor != null) {
                        if (typeof d.nextCursor === "object" ? d.nextCursor.low || d.nextCursor.high : $Number(d.nextCursor) !== 0) {
                            if ($util.Long)
                                m.nextCursor = $util.Long.fromValue(d.nextCursor, true);
                            else if (typeof d.nextCursor === "string")
                                m.nextCursor = $parseInt(d.nextCursor, 10);
                            else if (typeof d.nextCursor === "number")
                                m.nextCursor = d.nextCursor;
                            else if (typeof d.nextCursor === "object")
                                m.nextCursor = new $util.LongBits(d.nextCursor.low >>> 0, d.nextCursor.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.more != null) {
                        if (d.more) {
                            m.more = $Boolean(d.more);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an AdjudicationPage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {yibao.center.v1.AdjudicationPage} m AdjudicationPage
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AdjudicationPage.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.results = [];
                    }
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.nextCursor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.nextCursor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.more = false;
                    }
                    if (m.results && m.results.length) {
                        d.results = $Array(m.results.length);
                        for (var j = 0; j < m.results.length; ++j) {
                            d.results[j] = $root.yibao.center.v1.Adjudication.toObject(m.results[j], o, q + 1);
                        }
                    }
                    if (m.nextCursor != null && $Object.hasOwnProperty.call(m, "nextCursor")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.nextCursor = typeof m.nextCursor === "number" ? $BigInt(m.nextCursor) : $util.Long.fromBits(m.nextCursor.low >>> 0, m.nextCursor.high >>> 0, true).toBigInt();
                        else if (typeof m.nextCursor === "number")
                            d.nextCursor = o.longs === $String ? $String(m.nextCursor) : m.nextCursor;
                        else
                            d.nextCursor = o.longs === $String ? $util.Long.prototype.toString.call(m.nextCursor) : o.longs === $Number ? new $util.LongBits(m.nextCursor.low >>> 0, m.nextCursor.high >>> 0).toNumber(true) : m.nextCursor;
                    }
                    if (m.more != null && $Object.hasOwnProperty.call(m, "more")) {
                        d.more = m.more;
                    }
                    return d;
                };

                /**
                 * Converts this AdjudicationPage to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AdjudicationPage.prototype.toJSON = function() {
                    return AdjudicationPage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AdjudicationPage
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.AdjudicationPage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AdjudicationPage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.AdjudicationPage";
                };

                return AdjudicationPage;
            })();

            v1.Amounts = (function() {

                /**
                 * Properties of an Amounts.
                 * @typedef {Object} yibao.center.v1.Amounts.$Properties
                 * @property {string|null} [medfeeSumamt] Amounts medfeeSumamt
                 * @property {string|null} [fulamtOwnpayAmt] Amounts fulamtOwnpayAmt
                 * @property {string|null} [overlmtSelfpay] Amounts overlmtSelfpay
                 * @property {string|null} [preselfpayAmt] Amounts preselfpayAmt
                 * @property {string|null} [inscpScpAmt] Amounts inscpScpAmt
                 * @property {string|null} [actPayDedc] Amounts actPayDedc
                 * @property {string|null} [hifpPay] Amounts hifpPay
                 * @property {string|null} [hifmiPay] Amounts hifmiPay
                 * @property {string|null} [mafPay] Amounts mafPay
                 * @property {string|null} [othPay] Amounts othPay
                 * @property {string|null} [fundPaySumamt] Amounts fundPaySumamt
                 * @property {string|null} [psnPartAmt] Amounts psnPartAmt
                 * @property {string|null} [acctPay] Amounts acctPay
                 * @property {string|null} [psnCashPay] Amounts psnCashPay
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Amounts.
                 * @memberof yibao.center.v1
                 * @interface IAmounts
                 * @augments yibao.center.v1.Amounts.$Properties
                 * @deprecated Use yibao.center.v1.Amounts.$Properties instead.
                 */

                /**
                 * Shape of an Amounts.
                 * @typedef {yibao.center.v1.Amounts.$Properties} yibao.center.v1.Amounts.$Shape
                 */

                /**
                 * Constructs a new Amounts.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an Amounts.
                 * @constructor
                 * @param {yibao.center.v1.Amounts.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Amounts = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Amounts medfeeSumamt.
                 * @member {string} medfeeSumamt
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.medfeeSumamt = "";

                /**
                 * Amounts fulamtOwnpayAmt.
                 * @member {string} fulamtOwnpayAmt
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.fulamtOwnpayAmt = "";

                /**
                 * Amounts overlmtSelfpay.
                 * @member {string} overlmtSelfpay
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.overlmtSelfpay = "";

                /**
                 * Amounts preselfpayAmt.
                 * @member {string} preselfpayAmt
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.preselfpayAmt = "";

                /**
                 * Amounts inscpScpAmt.
                 * @member {string} inscpScpAmt
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.inscpScpAmt = "";

                /**
                 * Amounts actPayDedc.
                 * @member {string} actPayDedc
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.actPayDedc = "";

                /**
                 * Amounts hifpPay.
                 * @member {string} hifpPay
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.hifpPay = "";

                /**
                 * Amounts hifmiPay.
                 * @member {string} hifmiPay
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.hifmiPay = "";

                /**
                 * Amounts mafPay.
                 * @member {string} mafPay
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.mafPay = "";

                /**
                 * Amounts othPay.
                 * @member {string} othPay
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.othPay = "";

                /**
                 * Amounts fundPaySumamt.
                 * @member {string} fundPaySumamt
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.fundPaySumamt = "";

                /**
                 * Amounts psnPartAmt.
                 * @member {string} psnPartAmt
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.psnPartAmt = "";

                /**
                 * Amounts acctPay.
                 * @member {string} acctPay
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.acctPay = "";

                /**
                 * Amounts psnCashPay.
                 * @member {string} psnCashPay
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 */
                Amounts.prototype.psnCashPay = "";

                /**
                 * Creates a new Amounts instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {yibao.center.v1.Amounts.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Amounts} Amounts instance
                 * @type {{
                 *   (properties: yibao.center.v1.Amounts.$Shape): yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape;
                 *   (properties?: yibao.center.v1.Amounts.$Properties): yibao.center.v1.Amounts;
                 * }}
                 */
                Amounts.create = function(properties) {
                    return new Amounts(properties);
                };

                /**
                 * Encodes the specified Amounts message. Does not implicitly {@link yibao.center.v1.Amounts.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {yibao.center.v1.Amounts.$Properties} m Amounts message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Amounts.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt") && m.medfeeSumamt !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.medfeeSumamt);
                    if (m.fulamtOwnpayAmt != null && $Object.hasOwnProperty.call(m, "fulamtOwnpayAmt") && m.fulamtOwnpayAmt !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.fulamtOwnpayAmt);
                    if (m.overlmtSelfpay != null && $Object.hasOwnProperty.call(m, "overlmtSelfpay") && m.overlmtSelfpay !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.overlmtSelfpay);
                    if (m.preselfpayAmt != null && $Object.hasOwnProperty.call(m, "preselfpayAmt") && m.preselfpayAmt !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.preselfpayAmt);
                    if (m.inscpScpAmt != null && $Object.hasOwnProperty.call(m, "inscpScpAmt") && m.inscpScpAmt !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.inscpScpAmt);
                    if (m.actPayDedc != null && $Object.hasOwnProperty.call(m, "actPayDedc") && m.actPayDedc !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.actPayDedc);
                    if (m.hifpPay != null && $Object.hasOwnProperty.call(m, "hifpPay") && m.hifpPay !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.hifpPay);
                    if (m.hifmiPay != null && $Object.hasOwnProperty.call(m, "hifmiPay") && m.hifmiPay !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.hifmiPay);
                    if (m.mafPay != null && $Object.hasOwnProperty.call(m, "mafPay") && m.mafPay !== "")
                        w.uint32(/* id 9, wireType 2 =*/74).string(m.mafPay);
                    if (m.othPay != null && $Object.hasOwnProperty.call(m, "othPay") && m.othPay !== "")
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.othPay);
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt") && m.fundPaySumamt !== "")
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.fundPaySumamt);
                    if (m.psnPartAmt != null && $Object.hasOwnProperty.call(m, "psnPartAmt") && m.psnPartAmt !== "")
                        w.uint32(/* id 12, wireType 2 =*/98).string(m.psnPartAmt);
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay") && m.acctPay !== "")
                        w.uint32(/* id 13, wireType 2 =*/106).string(m.acctPay);
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay") && m.psnCashPay !== "")
                        w.uint32(/* id 14, wireType 2 =*/114).string(m.psnCashPay);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Amounts message, length delimited. Does not implicitly {@link yibao.center.v1.Amounts.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {yibao.center.v1.Amounts.$Properties} message Amounts message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Amounts.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Amounts message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape} Amounts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Amounts.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Amounts();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medfeeSumamt = v;
                                else
                                    delete m.medfeeSumamt;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fulamtOwnpayAmt = v;
                                else
                                    delete m.fulamtOwnpayAmt;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.overlmtSelfpay = v;
                                else
                                    delete m.overlmtSelfpay;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.preselfpayAmt = v;
                                else
                                    delete m.preselfpayAmt;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.inscpScpAmt = v;
                                else
                                    delete m.inscpScpAmt;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.actPayDedc = v;
                                else
                                    delete m.actPayDedc;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.hifpPay = v;
                                else
                                    delete m.hifpPay;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.hifmiPay = v;
                                else
                                    delete m.hifmiPay;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.mafPay = v;
                                else
                                    delete m.mafPay;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.othPay = v;
                                else
                                    delete m.othPay;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fundPaySumamt = v;
                                else
                                    delete m.fundPaySumamt;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnPartAmt = v;
                                else
                                    delete m.psnPartAmt;
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.acctPay = v;
                                else
                                    delete m.acctPay;
                                continue;
                            }
                        case 14: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnCashPay = v;
                                else
                                    delete m.psnCashPay;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an Amounts message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape} Amounts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Amounts.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Amounts message.
                 * @function verify
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Amounts.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt")) {
                        if (!$util.isString(m.medfeeSumamt))
                            return "medfeeSumamt: string expected";
                    }
                    if (m.fulamtOwnpayAmt != null && $Object.hasOwnProperty.call(m, "fulamtOwnpayAmt")) {
                        if (!$util.isString(m.fulamtOwnpayAmt))
                            return "fulamtOwnpayAmt: string expected";
                    }
                    if (m.overlmtSelfpay != null && $Object.hasOwnProperty.call(m, "overlmtSelfpay")) {
                        if (!$util.isString(m.overlmtSelfpay))
                            return "overlmtSelfpay: string expected";
                    }
                    if (m.preselfpayAmt != null && $Object.hasOwnProperty.call(m, "preselfpayAmt")) {
                        if (!$util.isString(m.preselfpayAmt))
                            return "preselfpayAmt: string expected";
                    }
                    if (m.inscpScpAmt != null && $Object.hasOwnProperty.call(m, "inscpScpAmt")) {
                        if (!$util.isString(m.inscpScpAmt))
                            return "inscpScpAmt: string expected";
                    }
                    if (m.actPayDedc != null && $Object.hasOwnProperty.call(m, "actPayDedc")) {
                        if (!$util.isString(m.actPayDedc))
                            return "actPayDedc: string expected";
                    }
                    if (m.hifpPay != null && $Object.hasOwnProperty.call(m, "hifpPay")) {
                        if (!$util.isString(m.hifpPay))
                            return "hifpPay: string expected";
                    }
                    if (m.hifmiPay != null && $Object.hasOwnProperty.call(m, "hifmiPay")) {
                        if (!$util.isString(m.hifmiPay))
                            return "hifmiPay: string expected";
                    }
                    if (m.mafPay != null && $Object.hasOwnProperty.call(m, "mafPay")) {
                        if (!$util.isString(m.mafPay))
                            return "mafPay: string expected";
                    }
                    if (m.othPay != null && $Object.hasOwnProperty.call(m, "othPay")) {
                        if (!$util.isString(m.othPay))
                            return "othPay: string expected";
                    }
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt")) {
                        if (!$util.isString(m.fundPaySumamt))
                            return "fundPaySumamt: string expected";
                    }
                    if (m.psnPartAmt != null && $Object.hasOwnProperty.call(m, "psnPartAmt")) {
                        if (!$util.isString(m.psnPartAmt))
                            return "psnPartAmt: string expected";
                    }
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay")) {
                        if (!$util.isString(m.acctPay))
                            return "acctPay: string expected";
                    }
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay")) {
                        if (!$util.isString(m.psnCashPay))
                            return "psnCashPay: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an Amounts message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Amounts} Amounts
                 */
                Amounts.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Amounts)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Amounts: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Amounts();
                    if (d.medfeeSumamt != null) {
                        if (typeof d.medfeeSumamt !== "string" || d.medfeeSumamt.length) {
                            m.medfeeSumamt = $String(d.medfeeSumamt);
                        }
                    }
                    if (d.fulamtOwnpayAmt != null) {
                        if (typeof d.fulamtOwnpayAmt !== "string" || d.fulamtOwnpayAmt.length) {
                            m.fulamtOwnpayAmt = $String(d.fulamtOwnpayAmt);
                        }
                    }
                    if (d.overlmtSelfpay != null) {
                        if (typeof d.overlmtSelfpay !== "string" || d.overlmtSelfpay.length) {
                            m.overlmtSelfpay = $String(d.overlmtSelfpay);
                        }
                    }
                    if (d.preselfpayAmt != null) {
                        if (typeof d.preselfpayAmt !== "string" || d.preselfpayAmt.length) {
                            m.preselfpayAmt = $String(d.preselfpayAmt);
                        }
                    }
                    if (d.inscpScpAmt != null) {
                        if (typeof d.inscpScpAmt !== "string" || d.inscpScpAmt.length) {
                            m.inscpScpAmt = $String(d.inscpScpAmt);
                        }
                    }
                    if (d.actPayDedc != null) {
                        if (typeof d.actPayDedc !== "string" || d.actPayDedc.length) {
                            m.actPayDedc = $String(d.actPayDedc);
                        }
                    }
                    if (d.hifpPay != null) {
                        if (typeof d.hifpPay !== "string" || d.hifpPay.length) {
                            m.hifpPay = $String(d.hifpPay);
                        }
                    }
                    if (d.hifmiPay != null) {
                        if (typeof d.hifmiPay !== "string" || d.hifmiPay.length) {
                            m.hifmiPay = $String(d.hifmiPay);
                        }
                    }
                    if (d.mafPay != null) {
                        if (typeof d.mafPay !== "string" || d.mafPay.length) {
                            m.mafPay = $String(d.mafPay);
                        }
                    }
                    if (d.othPay != null) {
                        if (typeof d.othPay !== "string" || d.othPay.length) {
                            m.othPay = $String(d.othPay);
                        }
                    }
                    if (d.fundPaySumamt != null) {
                        if (typeof d.fundPaySumamt !== "string" || d.fundPaySumamt.length) {
                            m.fundPaySumamt = $String(d.fundPaySumamt);
                        }
                    }
                    if (d.psnPartAmt != null) {
                        if (typeof d.psnPartAmt !== "string" || d.psnPartAmt.length) {
                            m.psnPartAmt = $String(d.psnPartAmt);
                        }
                    }
                    if (d.acctPay != null) {
                        if (typeof d.acctPay !== "string" || d.acctPay.length) {
                            m.acctPay = $String(d.acctPay);
                        }
                    }
                    if (d.psnCashPay != null) {
                        if (typeof d.psnCashPay !== "string" || d.psnCashPay.length) {
                            m.psnCashPay = $String(d.psnCashPay);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Amounts message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {yibao.center.v1.Amounts} m Amounts
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Amounts.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.medfeeSumamt = "";
                        d.fulamtOwnpayAmt = "";
                        d.overlmtSelfpay = "";
                        d.preselfpayAmt = "";
                        d.inscpScpAmt = "";
                        d.actPayDedc = "";
                        d.hifpPay = "";
                        d.hifmiPay = "";
                        d.mafPay = "";
                        d.othPay = "";
                        d.fundPaySumamt = "";
                        d.psnPartAmt = "";
                        d.acctPay = "";
                        d.psnCashPay = "";
                    }
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt")) {
                        d.medfeeSumamt = m.medfeeSumamt;
                    }
                    if (m.fulamtOwnpayAmt != null && $Object.hasOwnProperty.call(m, "fulamtOwnpayAmt")) {
                        d.fulamtOwnpayAmt = m.fulamtOwnpayAmt;
                    }
                    if (m.overlmtSelfpay != null && $Object.hasOwnProperty.call(m, "overlmtSelfpay")) {
                        d.overlmtSelfpay = m.overlmtSelfpay;
                    }
                    if (m.preselfpayAmt != null && $Object.hasOwnProperty.call(m, "preselfpayAmt")) {
                        d.preselfpayAmt = m.preselfpayAmt;
                    }
                    if (m.inscpScpAmt != null && $Object.hasOwnProperty.call(m, "inscpScpAmt")) {
                        d.inscpScpAmt = m.inscpScpAmt;
                    }
                    if (m.actPayDedc != null && $Object.hasOwnProperty.call(m, "actPayDedc")) {
                        d.actPayDedc = m.actPayDedc;
                    }
                    if (m.hifpPay != null && $Object.hasOwnProperty.call(m, "hifpPay")) {
                        d.hifpPay = m.hifpPay;
                    }
                    if (m.hifmiPay != null && $Object.hasOwnProperty.call(m, "hifmiPay")) {
                        d.hifmiPay = m.hifmiPay;
                    }
                    if (m.mafPay != null && $Object.hasOwnProperty.call(m, "mafPay")) {
                        d.mafPay = m.mafPay;
                    }
                    if (m.othPay != null && $Object.hasOwnProperty.call(m, "othPay")) {
                        d.othPay = m.othPay;
                    }
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt")) {
                        d.fundPaySumamt = m.fundPaySumamt;
                    }
                    if (m.psnPartAmt != null && $Object.hasOwnProperty.call(m, "psnPartAmt")) {
                        d.psnPartAmt = m.psnPartAmt;
                    }
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay")) {
                        d.acctPay = m.acctPay;
                    }
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay")) {
                        d.psnCashPay = m.psnCashPay;
                    }
                    return d;
                };

                /**
                 * Converts this Amounts to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Amounts
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Amounts.prototype.toJSON = function() {
                    return Amounts.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Amounts
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Amounts
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Amounts.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Amounts";
                };

                return Amounts;
            })();

            v1.FeeLine = (function() {

                /**
                 * Properties of a FeeLine.
                 * @typedef {Object} yibao.center.v1.FeeLine.$Properties
                 * @property {string|null} [feedetlSn] FeeLine feedetlSn
                 * @property {string|null} [initFeedetlSn] FeeLine initFeedetlSn
                 * @property {string|null} [medListCodg] FeeLine medListCodg
                 * @property {string|null} [medinsListCodg] FeeLine medinsListCodg
                 * @property {string|null} [cnt] FeeLine cnt
                 * @property {string|null} [pric] FeeLine pric
                 * @property {string|null} [detItemFeeSumamt] FeeLine detItemFeeSumamt
                 * @property {string|null} [chrgitmLv] FeeLine chrgitmLv
                 * @property {string|null} [fulamtOwnpayAmt] FeeLine fulamtOwnpayAmt
                 * @property {string|null} [overlmtAmt] FeeLine overlmtAmt
                 * @property {string|null} [preselfpayAmt] FeeLine preselfpayAmt
                 * @property {string|null} [inscpScpAmt] FeeLine inscpScpAmt
                 * @property {number|Long|null} [feeOcurTimeMs] FeeLine feeOcurTimeMs
                 * @property {boolean|null} [hospApprFlag] FeeLine hospApprFlag
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FeeLine.
                 * @memberof yibao.center.v1
                 * @interface IFeeLine
                 * @augments yibao.center.v1.FeeLine.$Properties
                 * @deprecated Use yibao.center.v1.FeeLine.$Properties instead.
                 */

                /**
                 * Shape of a FeeLine.
                 * @typedef {yibao.center.v1.FeeLine.$Properties} yibao.center.v1.FeeLine.$Shape
                 */

                /**
                 * Constructs a new FeeLine.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a FeeLine.
                 * @constructor
                 * @param {yibao.center.v1.FeeLine.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FeeLine = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * FeeLine feedetlSn.
                 * @member {string} feedetlSn
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.feedetlSn = "";

                /**
                 * FeeLine initFeedetlSn.
                 * @member {string} initFeedetlSn
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.initFeedetlSn = "";

                /**
                 * FeeLine medListCodg.
                 * @member {string} medListCodg
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.medListCodg = "";

                /**
                 * FeeLine medinsListCodg.
                 * @member {string} medinsListCodg
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.medinsListCodg = "";

                /**
                 * FeeLine cnt.
                 * @member {string} cnt
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.cnt = "";

                /**
                 * FeeLine pric.
                 * @member {string} pric
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.pric = "";

                /**
                 * FeeLine detItemFeeSumamt.
                 * @member {string} detItemFeeSumamt
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.detItemFeeSumamt = "";

                /**
                 * FeeLine chrgitmLv.
                 * @member {string} chrgitmLv
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.chrgitmLv = "";

                /**
                 * FeeLine fulamtOwnpayAmt.
                 * @member {string} fulamtOwnpayAmt
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.fulamtOwnpayAmt = "";

                /**
                 * FeeLine overlmtAmt.
                 * @member {string} overlmtAmt
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.overlmtAmt = "";

                /**
                 * FeeLine preselfpayAmt.
                 * @member {string} preselfpayAmt
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.preselfpayAmt = "";

                /**
                 * FeeLine inscpScpAmt.
                 * @member {string} inscpScpAmt
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.inscpScpAmt = "";

                /**
                 * FeeLine feeOcurTimeMs.
                 * @member {number|Long} feeOcurTimeMs
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.feeOcurTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * FeeLine hospApprFlag.
                 * @member {boolean} hospApprFlag
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 */
                FeeLine.prototype.hospApprFlag = false;

                /**
                 * Creates a new FeeLine instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {yibao.center.v1.FeeLine.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.FeeLine} FeeLine instance
                 * @type {{
                 *   (properties: yibao.center.v1.FeeLine.$Shape): yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape;
                 *   (properties?: yibao.center.v1.FeeLine.$Properties): yibao.center.v1.FeeLine;
                 * }}
                 */
                FeeLine.create = function(properties) {
                    return new FeeLine(properties);
                };

                /**
                 * Encodes the specified FeeLine message. Does not implicitly {@link yibao.center.v1.FeeLine.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {yibao.center.v1.FeeLine.$Properties} m FeeLine message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeeLine.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.feedetlSn != null && $Object.hasOwnProperty.call(m, "feedetlSn") && m.feedetlSn !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.feedetlSn);
                    if (m.initFeedetlSn != null && $Object.hasOwnProperty.call(m, "initFeedetlSn") && m.initFeedetlSn !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.initFeedetlSn);
                    if (m.medListCodg != null && $Object.hasOwnProperty.call(m, "medListCodg") && m.medListCodg !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.medListCodg);
                    if (m.medinsListCodg != null && $Object.hasOwnProperty.call(m, "medinsListCodg") && m.medinsListCodg !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.medinsListCodg);
                    if (m.cnt != null && $Object.hasOwnProperty.call(m, "cnt") && m.cnt !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.cnt);
                    if (m.pric != null && $Object.hasOwnProperty.call(m, "pric") && m.pric !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.pric);
                    if (m.detItemFeeSumamt != null && $Object.hasOwnProperty.call(m, "detItemFeeSumamt") && m.detItemFeeSumamt !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.detItemFeeSumamt);
                    if (m.chrgitmLv != null && $Object.hasOwnProperty.call(m, "chrgitmLv") && m.chrgitmLv !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.chrgitmLv);
                    if (m.fulamtOwnpayAmt != null && $Object.hasOwnProperty.call(m, "fulamtOwnpayAmt") && m.fulamtOwnpayAmt !== "")
                        w.uint32(/* id 9, wireType 2 =*/74).string(m.fulamtOwnpayAmt);
                    if (m.overlmtAmt != null && $Object.hasOwnProperty.call(m, "overlmtAmt") && m.overlmtAmt !== "")
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.overlmtAmt);
                    if (m.preselfpayAmt != null && $Object.hasOwnProperty.call(m, "preselfpayAmt") && m.preselfpayAmt !== "")
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.preselfpayAmt);
                    if (m.inscpScpAmt != null && $Object.hasOwnProperty.call(m, "inscpScpAmt") && m.inscpScpAmt !== "")
                        w.uint32(/* id 12, wireType 2 =*/98).string(m.inscpScpAmt);
                    if (m.feeOcurTimeMs != null && $Object.hasOwnProperty.call(m, "feeOcurTimeMs") && (typeof m.feeOcurTimeMs === "object" ? m.feeOcurTimeMs.low || m.feeOcurTimeMs.high : m.feeOcurTimeMs !== 0))
                        w.uint32(/* id 13, wireType 0 =*/104).int64(m.feeOcurTimeMs);
                    if (m.hospApprFlag != null && $Object.hasOwnProperty.call(m, "hospApprFlag") && m.hospApprFlag !== false)
                        w.uint32(/* id 14, wireType 0 =*/112).bool(m.hospApprFlag);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified FeeLine message, length delimited. Does not implicitly {@link yibao.center.v1.FeeLine.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {yibao.center.v1.FeeLine.$Properties} message FeeLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeeLine.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a FeeLine message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape} FeeLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeeLine.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.FeeLine();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.feedetlSn = v;
                                else
                                    delete m.feedetlSn;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.initFeedetlSn = v;
                                else
                                    delete m.initFeedetlSn;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medListCodg = v;
                                else
                                    delete m.medListCodg;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medinsListCodg = v;
                                else
                                    delete m.medinsListCodg;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.cnt = v;
                                else
                                    delete m.cnt;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.pric = v;
                                else
                                    delete m.pric;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.detItemFeeSumamt = v;
                                else
                                    delete m.detItemFeeSumamt;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.chrgitmLv = v;
                                else
                                    delete m.chrgitmLv;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fulamtOwnpayAmt = v;
                                else
                                    delete m.fulamtOwnpayAmt;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.overlmtAmt = v;
                                else
                                    delete m.overlmtAmt;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.preselfpayAmt = v;
                                else
                                    delete m.preselfpayAmt;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.inscpScpAmt = v;
                                else
                                    delete m.inscpScpAmt;
                                continue;
                            }
                        case 13: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.feeOcurTimeMs = v;
                                else
                                    delete m.feeOcurTimeMs;
                                continue;
                            }
                        case 14: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.hospApprFlag = v;
                                else
                                    delete m.hospApprFlag;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a FeeLine message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape} FeeLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeeLine.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a FeeLine message.
                 * @function verify
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                FeeLine.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.feedetlSn != null && $Object.hasOwnProperty.call(m, "feedetlSn")) {
                        if (!$util.isString(m.feedetlSn))
                            return "feedetlSn: string expected";
                    }
                    if (m.initFeedetlSn != null && $Object.hasOwnProperty.call(m, "initFeedetlSn")) {
                        if (!$util.isString(m.initFeedetlSn))
                            return "initFeedetlSn: string expected";
                    }
                    if (m.medListCodg != null && $Object.hasOwnProperty.call(m, "medListCodg")) {
                        if (!$util.isString(m.medListCodg))
                            return "medListCodg: string expected";
                    }
                    if (m.medinsListCodg != null && $Object.hasOwnProperty.call(m, "medinsListCodg")) {
                        if (!$util.isString(m.medinsListCodg))
                            return "medinsListCodg: string expected";
                    }
                    if (m.cnt != null && $Object.hasOwnProperty.call(m, "cnt")) {
                        if (!$util.isString(m.cnt))
                            return "cnt: string expected";
                    }
                    if (m.pric != null && $Object.hasOwnProperty.call(m, "pric")) {
                        if (!$util.isString(m.pric))
                            return "pric: string expected";
                    }
                    if (m.detItemFeeSumamt != null && $Object.hasOwnProperty.call(m, "detItemFeeSumamt")) {
                        if (!$util.isString(m.detItemFeeSumamt))
                            return "detItemFeeSumamt: string expected";
                    }
                    if (m.chrgitmLv != null && $Object.hasOwnProperty.call(m, "chrgitmLv")) {
                        if (!$util.isString(m.chrgitmLv))
                            return "chrgitmLv: string expected";
                    }
                    if (m.fulamtOwnpayAmt != null && $Object.hasOwnProperty.call(m, "fulamtOwnpayAmt")) {
                        if (!$util.isString(m.fulamtOwnpayAmt))
                            return "fulamtOwnpayAmt: string expected";
                    }
                    if (m.overlmtAmt != null && $Object.hasOwnProperty.call(m, "overlmtAmt")) {
                        if (!$util.isString(m.overlmtAmt))
                            return "overlmtAmt: string expected";
                    }
                    if (m.preselfpayAmt != null && $Object.hasOwnProperty.call(m, "preselfpayAmt")) {
                        if (!$util.isString(m.preselfpayAmt))
                            return "preselfpayAmt: string expected";
                    }
                    if (m.inscpScpAmt != null && $Object.hasOwnProperty.call(m, "inscpScpAmt")) {
                        if (!$util.isString(m.inscpScpAmt))
                            return "inscpScpAmt: string expected";
                    }
                    if (m.feeOcurTimeMs != null && $Object.hasOwnProperty.call(m, "feeOcurTimeMs")) {
                        if (!$util.isInteger(m.feeOcurTimeMs) && !(m.feeOcurTimeMs && $util.isInteger(m.feeOcurTimeMs.low) && $util.isInteger(m.feeOcurTimeMs.high)))
                            return "feeOcurTimeMs: integer|Long expected";
                    }
                    if (m.hospApprFlag != null && $Object.hasOwnProperty.call(m, "hospApprFlag")) {
                        if (typeof m.hospApprFlag !== "boolean")
                            return "hospApprFlag: boolean expected";
                    }
                    return null;
                };

                /**
                 * Creates a FeeLine message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.FeeLine} FeeLine
                 */
                FeeLine.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.FeeLine)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.FeeLine: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.FeeLine();
                    if (d.feedetlSn != null) {
                        if (typeof d.feedetlSn !== "string" || d.feedetlSn.length) {
                            m.feedetlSn = $String(d.feedetlSn);
                        }
                    }
                    if (d.initFeedetlSn != null) {
                        if (typeof d.initFeedetlSn !== "string" || d.initFeedetlSn.length) {
                            m.initFeedetlSn = $String(d.initFeedetlSn);
                        }
                    }
                    if (d.medListCodg != null) {
                        if (typeof d.medListCodg !== "string" || d.medListCodg.length) {
                            m.medListCodg = $String(d.medListCodg);
                        }
                    }
                    if (d.medinsListCodg != null) {
                        if (typeof d.medinsListCodg !== "string" || d.medinsListCodg.length) {
                            m.medinsListCodg = $String(d.medinsListCodg);
                        }
                    }
                    if (d.cnt != null) {
                        if (typeof d.cnt !== "string" || d.cnt.length) {
                            m.cnt = $String(d.cnt);
                        }
                    }
                    if (d.pric != null) {
                        if (typeof d.pric !== "string" || d.pric.length) {
                            m.pric = $String(d.pric);
                        }
                    }
                    if (d.detItemFeeSumamt != null) {
                        if (typeof d.detItemFeeSumamt !== "string" || d.detItemFeeSumamt.length) {
                            m.detItemFeeSumamt = $String(d.detItemFeeSumamt);
                        }
                    }
                    if (d.chrgitmLv != null) {
                        if (typeof d.chrgitmLv !== "string" || d.chrgitmLv.length) {
                            m.chrgitmLv = $String(d.chrgitmLv);
                        }
                    }
                    if (d.fulamtOwnpayAmt != null) {
                        if (typeof d.fulamtOwnpayAmt !== "string" || d.fulamtOwnpayAmt.length) {
                            m.fulamtOwnpayAmt = $String(d.fulamtOwnpayAmt);
                        }
                    }
                    if (d.overlmtAmt != null) {
                        if (typeof d.overlmtAmt !== "string" || d.overlmtAmt.length) {
                            m.overlmtAmt = $String(d.overlmtAmt);
                        }
                    }
                    if (d.preselfpayAmt != null) {
                        if (typeof d.preselfpayAmt !== "string" || d.preselfpayAmt.length) {
                            m.preselfpayAmt = $String(d.preselfpayAmt);
                        }
                    }
                    if (d.inscpScpAmt != null) {
                        if (typeof d.inscpScpAmt !== "string" || d.inscpScpAmt.length) {
                            m.inscpScpAmt = $String(d.inscpScpAmt);
                        }
                    }
                    if (d.feeOcurTimeMs != null) {
                        if (typeof d.feeOcurTimeMs === "object" ? d.feeOcurTimeMs.low || d.feeOcurTimeMs.high : $Number(d.feeOcurTimeMs) !== 0) {
                            if ($util.Long)
                                m.feeOcurTimeMs = $util.Long.fromValue(d.feeOcurTimeMs, false);
                            else if (typeof d.feeOcurTimeMs === "string")
                                m.feeOcurTimeMs = $parseInt(d.feeOcurTimeMs, 10);
                            else if (typeof d.feeOcurTimeMs === "number")
                                m.feeOcurTimeMs = d.feeOcurTimeMs;
                            else if (typeof d.feeOcurTimeMs === "object")
                                m.feeOcurTimeMs = new $util.LongBits(d.feeOcurTimeMs.low >>> 0, d.feeOcurTimeMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.hospApprFlag != null) {
                        if (d.hospApprFlag) {
                            m.hospApprFlag = $Boolean(d.hospApprFlag);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a FeeLine message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {yibao.center.v1.FeeLine} m FeeLine
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FeeLine.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.feedetlSn = "";
                        d.initFeedetlSn = "";
                        d.medListCodg = "";
                        d.medinsListCodg = "";
                        d.cnt = "";
                        d.pric = "";
                        d.detItemFeeSumamt = "";
                        d.chrgitmLv = "";
                        d.fulamtOwnpayAmt = "";
                        d.overlmtAmt = "";
                        d.preselfpayAmt = "";
                        d.inscpScpAmt = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.feeOcurTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.feeOcurTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.hospApprFlag = false;
                    }
                    if (m.feedetlSn != null && $Object.hasOwnProperty.call(m, "feedetlSn")) {
                        d.feedetlSn = m.feedetlSn;
                    }
                    if (m.initFeedetlSn != null && $Object.hasOwnProperty.call(m, "initFeedetlSn")) {
                        d.initFeedetlSn = m.initFeedetlSn;
                    }
                    if (m.medListCodg != null && $Object.hasOwnProperty.call(m, "medListCodg")) {
                        d.medListCodg = m.medListCodg;
                    }
                    if (m.medinsListCodg != null && $Object.hasOwnProperty.call(m, "medinsListCodg")) {
                        d.medinsListCodg = m.medinsListCodg;
                    }
                    if (m.cnt != null && $Object.hasOwnProperty.call(m, "cnt")) {
                        d.cnt = m.cnt;
                    }
                    if (m.pric != null && $Object.hasOwnProperty.call(m, "pric")) {
                        d.pric = m.pric;
                    }
                    if (m.detItemFeeSumamt != null && $Object.hasOwnProperty.call(m, "detItemFeeSumamt")) {
                        d.detItemFeeSumamt = m.detItemFeeSumamt;
                    }
                    if (m.chrgitmLv != null && $Object.hasOwnProperty.call(m, "chrgitmLv")) {
                        d.chrgitmLv = m.chrgitmLv;
                    }
                    if (m.fulamtOwnpayAmt != null && $Object.hasOwnProperty.call(m, "fulamtOwnpayAmt")) {
                        d.fulamtOwnpayAmt = m.fulamtOwnpayAmt;
                    }
                    if (m.overlmtAmt != null && $Object.hasOwnProperty.call(m, "overlmtAmt")) {
                        d.overlmtAmt = m.overlmtAmt;
                    }
                    if (m.preselfpayAmt != null && $Object.hasOwnProperty.call(m, "preselfpayAmt")) {
                        d.preselfpayAmt = m.preselfpayAmt;
                    }
                    if (m.inscpScpAmt != null && $Object.hasOwnProperty.call(m, "inscpScpAmt")) {
                        d.inscpScpAmt = m.inscpScpAmt;
                    }
                    if (m.feeOcurTimeMs != null && $Object.hasOwnProperty.call(m, "feeOcurTimeMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.feeOcurTimeMs = typeof m.feeOcurTimeMs === "number" ? $BigInt(m.feeOcurTimeMs) : $util.Long.fromBits(m.feeOcurTimeMs.low >>> 0, m.feeOcurTimeMs.high >>> 0, false).toBigInt();
                        else if (typeof m.feeOcurTimeMs === "number")
                            d.feeOcurTimeMs = o.longs === $String ? $String(m.feeOcurTimeMs) : m.feeOcurTimeMs;
                        else
                            d.feeOcurTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.feeOcurTimeMs) : o.longs === $Number ? new $util.LongBits(m.feeOcurTimeMs.low >>> 0, m.feeOcurTimeMs.high >>> 0).toNumber() : m.feeOcurTimeMs;
                    }
                    if (m.hospApprFlag != null && $Object.hasOwnProperty.call(m, "hospApprFlag")) {
                        d.hospApprFlag = m.hospApprFlag;
                    }
                    return d;
                };

                /**
                 * Converts this FeeLine to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.FeeLine
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FeeLine.prototype.toJSON = function() {
                    return FeeLine.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for FeeLine
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.FeeLine
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                FeeLine.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.FeeLine";
                };

                return FeeLine;
            })();

            v1.Settlement = (function() {

                /**
                 * Properties of a Settlement.
                 * @typedef {Object} yibao.center.v1.Settlement.$Properties
                 * @property {string|null} [setlId] Settlement setlId
                 * @property {string|null} [psnNo] Settlement psnNo
                 * @property {string|null} [insutype] Settlement insutype
                 * @property {string|null} [psnType] Settlement psnType
                 * @property {string|null} [medType] Settlement medType
                 * @property {string|null} [mdtrtareaAdmvs] Settlement mdtrtareaAdmvs
                 * @property {string|null} [insuplcAdmdvs] Settlement insuplcAdmdvs
                 * @property {string|null} [fixmedinsCode] Settlement fixmedinsCode
                 * @property {number|Long|null} [setlTimeMs] Settlement setlTimeMs
                 * @property {string|null} [policyVersion] Settlement policyVersion
                 * @property {boolean|null} [offline] Settlement offline
                 * @property {yibao.center.v1.Amounts.$Properties|null} [amounts] Settlement amounts
                 * @property {Array.<yibao.center.v1.FeeLine.$Properties>|null} [lines] Settlement lines
                 * @property {string|null} [medinsSetlId] Settlement medinsSetlId
                 * @property {boolean|null} [interim] Settlement interim
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Settlement.
                 * @memberof yibao.center.v1
                 * @interface ISettlement
                 * @augments yibao.center.v1.Settlement.$Properties
                 * @deprecated Use yibao.center.v1.Settlement.$Properties instead.
                 */

                /**
                 * Shape of a Settlement.
                 * @typedef {yibao.center.v1.Settlement.$Properties} yibao.center.v1.Settlement.$Shape
                 */

                /**
                 * Constructs a new Settlement.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a Settlement.
                 * @constructor
                 * @param {yibao.center.v1.Settlement.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Settlement = function (p) {
                    this.lines = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Settlement setlId.
                 * @member {string} setlId
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.setlId = "";

                /**
                 * Settlement psnNo.
                 * @member {string} psnNo
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.psnNo = "";

                /**
                 * Settlement insutype.
                 * @member {string} insutype
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.insutype = "";

                /**
                 * Settlement psnType.
                 * @member {string} psnType
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.psnType = "";

                /**
                 * Settlement medType.
                 * @member {string} medType
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.medType = "";

                /**
                 * Settlement mdtrtareaAdmvs.
                 * @member {string} mdtrtareaAdmvs
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.mdtrtareaAdmvs = "";

                /**
                 * Settlement insuplcAdmdvs.
                 * @member {string} insuplcAdmdvs
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.insuplcAdmdvs = "";

                /**
                 * Settlement fixmedinsCode.
                 * @member {string} fixmedinsCode
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.fixmedinsCode = "";

                /**
                 * Settlement setlTimeMs.
                 * @member {number|Long} setlTimeMs
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.setlTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Settlement policyVersion.
                 * @member {string} policyVersion
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.policyVersion = "";

                /**
                 * Settlement offline.
                 * @member {boolean} offline
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.offline = false;

                /**
                 * Settlement amounts.
                 * @member {yibao.center.v1.Amounts.$Properties|null|undefined} amounts
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.amounts = null;

                /**
                 * Settlement lines.
                 * @member {Array.<yibao.center.v1.FeeLine.$Properties>} lines
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.lines = $util.emptyArray;

                /**
                 * Settlement medinsSetlId.
                 * @member {string} medinsSetlId
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.medinsSetlId = "";

                /**
                 * Settlement interim.
                 * @member {boolean} interim
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.interim = false;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {yibao.center.v1.Settlement.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Settlement} Settlement instance
                 * @type {{
                 *   (properties: yibao.center.v1.Settlement.$Shape): yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape;
                 *   (properties?: yibao.center.v1.Settlement.$Properties): yibao.center.v1.Settlement;
                 * }}
                 */
                Settlement.create = function(properties) {
                    return new Settlement(properties);
                };

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link yibao.center.v1.Settlement.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {yibao.center.v1.Settlement.$Properties} m Settlement message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Settlement.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId") && m.setlId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.setlId);
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo") && m.psnNo !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.psnNo);
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype") && m.insutype !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.insutype);
                    if (m.psnType != null && $Object.hasOwnProperty.call(m, "psnType") && m.psnType !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.psnType);
                    if (m.medType != null && $Object.hasOwnProperty.call(m, "medType") && m.medType !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.medType);
                    if (m.mdtrtareaAdmvs != null && $Object.hasOwnProperty.call(m, "mdtrtareaAdmvs") && m.mdtrtareaAdmvs !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.mdtrtareaAdmvs);
                    if (m.insuplcAdmdvs != null && $Object.hasOwnProperty.call(m, "insuplcAdmdvs") && m.insuplcAdmdvs !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.insuplcAdmdvs);
                    if (m.fixmedinsCode != null && $Object.hasOwnProperty.call(m, "fixmedinsCode") && m.fixmedinsCode !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.fixmedinsCode);
                    if (m.setlTimeMs != null && $Object.hasOwnProperty.call(m, "setlTimeMs") && (typeof m.setlTimeMs === "object" ? m.setlTimeMs.low || m.setlTimeMs.high : m.setlTimeMs !== 0))
                        w.uint32(/* id 9, wireType 0 =*/72).int64(m.setlTimeMs);
                    if (m.policyVersion != null && $Object.hasOwnProperty.call(m, "policyVersion") && m.policyVersion !== "")
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.policyVersion);
                    if (m.offline != null && $Object.hasOwnProperty.call(m, "offline") && m.offline !== false)
                        w.uint32(/* id 11, wireType 0 =*/88).bool(m.offline);
                    if (m.amounts != null && $Object.hasOwnProperty.call(m, "amounts"))
                        $root.yibao.center.v1.Amounts.encode(m.amounts, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (m.lines != null && m.lines.length) {
                        for (var i = 0; i < m.lines.length; ++i)
                            $root.yibao.center.v1.FeeLine.encode(m.lines[i], w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    }
                    if (m.medinsSetlId != null && $Object.hasOwnProperty.call(m, "medinsSetlId") && m.medinsSetlId !== "")
                        w.uint32(/* id 14, wireType 2 =*/114).string(m.medinsSetlId);
                    if (m.interim != null && $Object.hasOwnProperty.call(m, "interim") && m.interim !== false)
                        w.uint32(/* id 15, wireType 0 =*/120).bool(m.interim);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Settlement message, length delimited. Does not implicitly {@link yibao.center.v1.Settlement.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {yibao.center.v1.Settlement.$Properties} message Settlement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Settlement.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Settlement.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Settlement();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.setlId = v;
                                else
                                    delete m.setlId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnNo = v;
                                else
                                    delete m.psnNo;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.insutype = v;
                                else
                                    delete m.insutype;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnType = v;
                                else
                                    delete m.psnType;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medType = v;
                                else
                                    delete m.medType;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.mdtrtareaAdmvs = v;
                                else
                                    delete m.mdtrtareaAdmvs;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.insuplcAdmdvs = v;
                                else
                                    delete m.insuplcAdmdvs;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fixmedinsCode = v;
                                else
                                    delete m.fixmedinsCode;
                                continue;
                            }
                        case 9: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.setlTimeMs = v;
                                else
                                    delete m.setlTimeMs;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.policyVersion = v;
                                else
                                    delete m.policyVersion;
                                continue;
                            }
                        case 11: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.offline = v;
                                else
                                    delete m.offline;
                                continue;
                            }
                        case 12: {
                                if (u !== 2)
                                    break;
                                m.amounts = $root.yibao.center.v1.Amounts.decode(r, r.size(), $undefined, q + 1, m.amounts);
                                continue;
                            }
                        case 13: {
                                if (u !== 2)
                                    break;
                                if (!(m.lines && m.lines.length))
                                    m.lines = [];
                                m.lines.push($root.yibao.center.v1.FeeLine.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 14: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medinsSetlId = v;
                                else
                                    delete m.medinsSetlId;
                                continue;
                            }
                        case 15: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.interim = v;
                                else
                                    delete m.interim;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Settlement message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Settlement.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Settlement message.
                 * @function verify
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Settlement.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        if (!$util.isString(m.setlId))
                            return "setlId: string expected";
                    }
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo")) {
                        if (!$util.isString(m.psnNo))
                            return "psnNo: string expected";
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        if (!$util.isString(m.insutype))
                            return "insutype: string expected";
                    }
                    if (m.psnType != null && $Object.hasOwnProperty.call(m, "psnType")) {
                        if (!$util.isString(m.psnType))
                            return "psnType: string expected";
                    }
                    if (m.medType != null && $Object.hasOwnProperty.call(m, "medType")) {
                        if (!$util.isString(m.medType))
                            return "medType: string expected";
                    }
                    if (m.mdtrtareaAdmvs != null && $Object.hasOwnProperty.call(m, "mdtrtareaAdmvs")) {
                        if (!$util.isString(m.mdtrtareaAdmvs))
                            return "mdtrtareaAdmvs: string expected";
                    }
                    if (m.insuplcAdmdvs != null && $Object.hasOwnProperty.call(m, "insuplcAdmdvs")) {
                        if (!$util.isString(m.insuplcAdmdvs))
                            return "insuplcAdmdvs: string expected";
                    }
                    if (m.fixmedinsCode != null && $Object.hasOwnProperty.call(m, "fixmedinsCode")) {
                        if (!$util.isString(m.fixmedinsCode))
                            return "fixmedinsCode: string expected";
                    }
                    if (m.setlTimeMs != null && $Object.hasOwnProperty.call(m, "setlTimeMs")) {
                        if (!$util.isInteger(m.setlTimeMs) && !(m.setlTimeMs && $util.isInteger(m.setlTimeMs.low) && $util.isInteger(m.setlTimeMs.high)))
                            return "setlTimeMs: integer|Long expected";
                    }
                    if (m.policyVersion != null && $Object.hasOwnProperty.call(m, "policyVersion")) {
                        if (!$util.isString(m.policyVersion))
                            return "policyVersion: string expected";
                    }
                    if (m.offline != null && $Object.hasOwnProperty.call(m, "offline")) {
                        if (typeof m.offline !== "boolean")
                            return "offline: boolean expected";
                    }
                    if (m.amounts != null && $Object.hasOwnProperty.call(m, "amounts")) {
                        {
                            var e = $root.yibao.center.v1.Amounts.verify(m.amounts, q + 1);
                            if (e)
                                return "amounts." + e;
                        }
                    }
                    if (m.lines != null && $Object.hasOwnProperty.call(m, "lines")) {
                        if (!$Array.isArray(m.lines))
                            return "lines: array expected";
                        for (var i = 0; i < m.lines.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.FeeLine.verify(m.lines[i], q + 1);
                                if (e)
                                    return "lines." + e;
                            }
                        }
                    }
                    if (m.medinsSetlId != null && $Object.hasOwnProperty.call(m, "medinsSetlId")) {
                        if (!$util.isString(m.medinsSetlId))
                            return "medinsSetlId: string expected";
                    }
                    if (m.interim != null && $Object.hasOwnProperty.call(m, "interim")) {
                        if (typeof m.interim !== "boolean")
                            return "interim: boolean expected";
                    }
                    return null;
                };

                /**
                 * Creates a Settlement message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Settlement} Settlement
                 */
                Settlement.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Settlement)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Settlement: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Settlement();
                    if (d.setlId != null) {
                        if (typeof d.setlId !== "string" || d.setlId.length) {
                            m.setlId = $String(d.setlId);
                        }
                    }
                    if (d.psnNo != null) {
                        if (typeof d.psnNo !== "string" || d.psnNo.length) {
                            m.psnNo = $String(d.psnNo);
                        }
                    }
                    if (d.insutype != null) {
                        if (typeof d.insutype !== "string" || d.insutype.length) {
                            m.insutype = $String(d.insutype);
                        }
                    }
                    if (d.psnType != null) {
                        if (typeof d.psnType !== "string" || d.psnType.length) {
                            m.psnType = $String(d.psnType);
                        }
                    }
                    if (d.medType != null) {
                        if (typeof d.medType !== "string" || d.medType.length) {
                            m.medType = $String(d.medType);
                        }
                    }
                    if (d.mdtrtareaAdmvs != null) {
                        if (typeof d.mdtrtareaAdmvs !== "string" || d.mdtrtareaAdmvs.length) {
                            m.mdtrtareaAdmvs = $String(d.mdtrtareaAdmvs);
                        }
                    }
                    if (d.insuplcAdmdvs != null) {
                        if (typeof d.insuplcAdmdvs !== "string" || d.insuplcAdmdvs.length) {
                            m.insuplcAdmdvs = $String(d.insuplcAdmdvs);
                        }
                    }
                    if (d.fixmedinsCode != null) {
                        if (typeof d.fixmedinsCode !== "string" || d.fixmedinsCode.length) {
                            m.fixmedinsCode = $String(d.fixmedinsCode);
                        }
                    }
                    if (d.setlTimeMs != null) {
                        if (typeof d.setlTimeMs === "object" ? d.setlTimeMs.low || d.setlTimeMs.high : $Number(d.setlTimeMs) !== 0) {
                            if ($util.Long)
                                m.setlTimeMs = $util.Long.fromValue(d.setlTimeMs, false);
                            else if (typeof d.setlTimeMs === "string")
                                m.setlTimeMs = $parseInt(d.setlTimeMs, 10);
                            else if (typeof d.setlTimeMs === "number")
                                m.setlTimeMs = d.setlTimeMs;
                            else if (typeof d.setlTimeMs === "object")
                                m.setlTimeMs = new $util.LongBits(d.setlTimeMs.low >>> 0, d.setlTimeMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.policyVersion != null) {
                        if (typeof d.policyVersion !== "string" || d.policyVersion.length) {
                            m.policyVersion = $String(d.policyVersion);
                        }
                    }
                    if (d.offline != null) {
                        if (d.offline) {
                            m.offline = $Boolean(d.offline);
                        }
                    }
                    if (d.amounts != null) {
                        if (!$util.isObject(d.amounts))
                            throw $TypeError(".yibao.center.v1.Settlement.amounts: object expected");
                        m.amounts = $root.yibao.center.v1.Amounts.fromObject(d.amounts, q + 1);
                    }
                    if (d.lines) {
                        if (!$Array.isArray(d.lines))
                            throw $TypeError(".yibao.center.v1.Settlement.lines: array expected");
                        m.lines = $Array(d.lines.length);
                        for (var i = 0; i < d.lines.length; ++i) {
                            if (!$util.isObject(d.lines[i]))
                                throw $TypeError(".yibao.center.v1.Settlement.lines: object expected");
                            m.lines[i] = $root.yibao.center.v1.FeeLine.fromObject(d.lines[i], q + 1);
                        }
                    }
                    if (d.medinsSetlId != null) {
                        if (typeof d.medinsSetlId !== "string" || d.medinsSetlId.length) {
                            m.medinsSetlId = $String(d.medinsSetlId);
                        }
                    }
                    if (d.interim != null) {
                        if (d.interim) {
                            m.interim = $Boolean(d.interim);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Settlement message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {yibao.center.v1.Settlement} m Settlement
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Settlement.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.lines = [];
                    }
                    if (o.defaults) {
                        d.setlId = "";
                        d.psnNo = "";
                        d.insutype = "";
                        d.psnType = "";
                        d.medType = "";
                        d.mdtrtareaAdmvs = "";
                        d.insuplcAdmdvs = "";
                        d.fixmedinsCode = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.setlTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.setlTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.policyVersion = "";
                        d.offline = false;
                        d.amounts = null;
                        d.medinsSetlId = "";
                        d.interim = false;
                    }
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        d.setlId = m.setlId;
                    }
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo")) {
                        d.psnNo = m.psnNo;
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        d.insutype = m.insutype;
                    }
                    if (m.psnType != null && $Object.hasOwnProperty.call(m, "psnType")) {
                        d.psnType = m.psnType;
                    }
                    if (m.medType != null && $Object.hasOwnProperty.call(m, "medType")) {
                        d.medType = m.medType;
                    }
                    if (m.mdtrtareaAdmvs != null && $Object.hasOwnProperty.call(m, "mdtrtareaAdmvs")) {
                        d.mdtrtareaAdmvs = m.mdtrtareaAdmvs;
                    }
                    if (m.insuplcAdmdvs != null && $Object.hasOwnProperty.call(m, "insuplcAdmdvs")) {
                        d.insuplcAdmdvs = m.insuplcAdmdvs;
                    }
                    if (m.fixmedinsCode != null && $Object.hasOwnProperty.call(m, "fixmedinsCode")) {
                        d.fixmedinsCode = m.fixmedinsCode;
                    }
                    if (m.setlTimeMs != null && $Object.hasOwnProperty.call(m, "setlTimeMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.setlTimeMs = typeof m.setlTimeMs === "number" ? $BigInt(m.setlTimeMs) : $util.Long.fromBits(m.setlTimeMs.low >>> 0, m.setlTimeMs.high >>> 0, false).toBigInt();
                        else if (typeof m.setlTimeMs === "number")
                            d.setlTimeMs = o.longs === $String ? $String(m.setlTimeMs) : m.setlTimeMs;
                        else
                            d.setlTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.setlTimeMs) : o.longs === $Number ? new $util.LongBits(m.setlTimeMs.low >>> 0, m.setlTimeMs.high >>> 0).toNumber() : m.setlTimeMs;
                    }
                    if (m.policyVersion != null && $Object.hasOwnProperty.call(m, "policyVersion")) {
                        d.policyVersion = m.policyVersion;
                    }
                    if (m.offline != null && $Object.hasOwnProperty.call(m, "offline")) {
                        d.offline = m.offline;
                    }
                    if (m.amounts != null && $Object.hasOwnProperty.call(m, "amounts")) {
                        d.amounts = $root.yibao.center.v1.Amounts.toObject(m.amounts, o, q + 1);
                    }
                    if (m.lines && m.lines.length) {
                        d.lines = $Array(m.lines.length);
                        for (var j = 0; j < m.lines.length; ++j) {
                            d.lines[j] = $root.yibao.center.v1.FeeLine.toObject(m.lines[j], o, q + 1);
                        }
                    }
                    if (m.medinsSetlId != null && $Object.hasOwnProperty.call(m, "medinsSetlId")) {
                        d.medinsSetlId = m.medinsSetlId;
                    }
                    if (m.interim != null && $Object.hasOwnProperty.call(m, "interim")) {
                        d.interim = m.interim;
                    }
                    return d;
                };

                /**
                 * Converts this Settlement to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Settlement
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Settlement.prototype.toJSON = function() {
                    return Settlement.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Settlement
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Settlement
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Settlement.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Settlement";
                };

                return Settlement;
            })();

            v1.Cancellation = (function() {

                /**
                 * Properties of a Cancellation.
                 * @typedef {Object} yibao.center.v1.Cancellation.$Properties
                 * @property {string|null} [setlId] Cancellation setlId
                 * @property {string|null} [origRecordId] Cancellation origRecordId
                 * @property {string|null} [origSetlId] Cancellation origSetlId
                 * @property {string|null} [reason] Cancellation reason
                 * @property {number|Long|null} [cancelTimeMs] Cancellation cancelTimeMs
                 * @property {yibao.center.v1.Amounts.$Properties|null} [amounts] Cancellation amounts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Cancellation.
                 * @memberof yibao.center.v1
                 * @interface ICancellation
                 * @augments yibao.center.v1.Cancellation.$Properties
                 * @deprecated Use yibao.center.v1.Cancellation.$Properties instead.
                 */

                /**
                 * Shape of a Cancellation.
                 * @typedef {yibao.center.v1.Cancellation.$Properties} yibao.center.v1.Cancellation.$Shape
                 */

                /**
                 * Constructs a new Cancellation.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a Cancellation.
                 * @constructor
                 * @param {yibao.center.v1.Cancellation.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Cancellation = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Cancellation setlId.
                 * @member {string} setlId
                 * @memberof yibao.center.v1.Cancellation
                 * @instance
                 */
                Cancellation.prototype.setlId = "";

                /**
                 * Cancellation origRecordId.
                 * @member {string} origRecordId
                 * @memberof yibao.center.v1.Cancellation
                 * @instance
                 */
                Cancellation.prototype.origRecordId = "";

                /**
                 * Cancellation origSetlId.
                 * @member {string} origSetlId
                 * @memberof yibao.center.v1.Cancellation
                 * @instance
                 */
                Cancellation.prototype.origSetlId = "";

                /**
                 * Cancellation reason.
                 * @member {string} reason
                 * @memberof yibao.center.v1.Cancellation
                 * @instance
                 */
                Cancellation.prototype.reason = "";

                /**
                 * Cancellation cancelTimeMs.
                 * @member {number|Long} cancelTimeMs
                 * @memberof yibao.center.v1.Cancellation
                 * @instance
                 */
                Cancellation.prototype.cancelTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Cancellation amounts.
                 * @member {yibao.center.v1.Amounts.$Properties|null|undefined} amounts
                 * @memberof yibao.center.v1.Cancellation
                 * @instance
                 */
                Cancellation.prototype.amounts = null;

                /**
                 * Creates a new Cancellation instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {yibao.center.v1.Cancellation.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Cancellation} Cancellation instance
                 * @type {{
                 *   (properties: yibao.center.v1.Cancellation.$Shape): yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape;
                 *   (properties?: yibao.center.v1.Cancellation.$Properties): yibao.center.v1.Cancellation;
                 * }}
                 */
                Cancellation.create = function(properties) {
                    return new Cancellation(properties);
                };

                /**
                 * Encodes the specified Cancellation message. Does not implicitly {@link yibao.center.v1.Cancellation.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {yibao.center.v1.Cancellation.$Properties} m Cancellation message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Cancellation.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId") && m.setlId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.setlId);
                    if (m.origRecordId != null && $Object.hasOwnProperty.call(m, "origRecordId") && m.origRecordId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.origRecordId);
                    if (m.origSetlId != null && $Object.hasOwnProperty.call(m, "origSetlId") && m.origSetlId !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.origSetlId);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                    if (m.cancelTimeMs != null && $Object.hasOwnProperty.call(m, "cancelTimeMs") && (typeof m.cancelTimeMs === "object" ? m.cancelTimeMs.low || m.cancelTimeMs.high : m.cancelTimeMs !== 0))
                        w.uint32(/* id 5, wireType 0 =*/40).int64(m.cancelTimeMs);
                    if (m.amounts != null && $Object.hasOwnProperty.call(m, "amounts"))
                        $root.yibao.center.v1.Amounts.encode(m.amounts, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Cancellation message, length delimited. Does not implicitly {@link yibao.center.v1.Cancellation.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {yibao.center.v1.Cancellation.$Properties} message Cancellation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Cancellation.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Cancellation message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape} Cancellation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Cancellation.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Cancellation();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.setlId = v;
                                else
                                    delete m.setlId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.origRecordId = v;
                                else
                                    delete m.origRecordId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.origSetlId = v;
                                else
                                    delete m.origSetlId;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.cancelTimeMs = v;
                                else
                                    delete m.cancelTimeMs;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                m.amounts = $root.yibao.center.v1.Amounts.decode(r, r.size(), $undefined, q + 1, m.amounts);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Cancellation message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape} Cancellation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Cancellation.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Cancellation message.
                 * @function verify
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Cancellation.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        if (!$util.isString(m.setlId))
                            return "setlId: string expected";
                    }
                    if (m.origRecordId != null && $Object.hasOwnProperty.call(m, "origRecordId")) {
                        if (!$util.isString(m.origRecordId))
                            return "origRecordId: string expected";
                    }
                    if (m.origSetlId != null && $Object.hasOwnProperty.call(m, "origSetlId")) {
                        if (!$util.isString(m.origSetlId))
                            return "origSetlId: string expected";
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    if (m.cancelTimeMs != null && $Object.hasOwnProperty.call(m, "cancelTimeMs")) {
                        if (!$util.isInteger(m.cancelTimeMs) && !(m.cancelTimeMs && $util.isInteger(m.cancelTimeMs.low) && $util.isInteger(m.cancelTimeMs.high)))
                            return "cancelTimeMs: integer|Long expected";
                    }
                    if (m.amounts != null && $Object.hasOwnProperty.call(m, "amounts")) {
                        {
                            var e = $root.yibao.center.v1.Amounts.verify(m.amounts, q + 1);
                            if (e)
                                return "amounts." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Cancellation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Cancellation} Cancellation
                 */
                Cancellation.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Cancellation)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Cancellation: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Cancellation();
                    if (d.setlId != null) {
                        if (typeof d.setlId !== "string" || d.setlId.length) {
                            m.setlId = $String(d.setlId);
                        }
                    }
                    if (d.origRecordId != null) {
                        if (typeof d.origRecordId !== "string" || d.origRecordId.length) {
                            m.origRecordId = $String(d.origRecordId);
                        }
                    }
                    if (d.origSetlId != null) {
                        if (typeof d.origSetlId !== "string" || d.origSetlId.length) {
                            m.origSetlId = $String(d.origSetlId);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    if (d.cancelTimeMs != null) {
                        if (typeof d.cancelTimeMs === "object" ? d.cancelTimeMs.low || d.cancelTimeMs.high : $Number(d.cancelTimeMs) !== 0) {
                            if ($util.Long)
                                m.cancelTimeMs = $util.Long.fromValue(d.cancelTimeMs, false);
                            else if (typeof d.cancelTimeMs === "string")
                                m.cancelTimeMs = $parseInt(d.cancelTimeMs, 10);
                            else if (typeof d.cancelTimeMs === "number")
                                m.cancelTimeMs = d.cancelTimeMs;
                            else if (typeof d.cancelTimeMs === "object")
                                m.cancelTimeMs = new $util.LongBits(d.cancelTimeMs.low >>> 0, d.cancelTimeMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.amounts != null) {
                        if (!$util.isObject(d.amounts))
                            throw $TypeError(".yibao.center.v1.Cancellation.amounts: object expected");
                        m.amounts = $root.yibao.center.v1.Amounts.fromObject(d.amounts, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Cancellation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {yibao.center.v1.Cancellation} m Cancellation
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Cancellation.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.setlId = "";
                        d.origRecordId = "";
                        d.origSetlId = "";
                        d.reason = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.cancelTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.cancelTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.amounts = null;
                    }
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        d.setlId = m.setlId;
                    }
                    if (m.origRecordId != null && $Object.hasOwnProperty.call(m, "origRecordId")) {
                        d.origRecordId = m.origRecordId;
                    }
                    if (m.origSetlId != null && $Object.hasOwnProperty.call(m, "origSetlId")) {
                        d.origSetlId = m.origSetlId;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    if (m.cancelTimeMs != null && $Object.hasOwnProperty.call(m, "cancelTimeMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.cancelTimeMs = typeof m.cancelTimeMs === "number" ? $BigInt(m.cancelTimeMs) : $util.Long.fromBits(m.cancelTimeMs.low >>> 0, m.cancelTimeMs.high >>> 0, false).toBigInt();
                        else if (typeof m.cancelTimeMs === "number")
                            d.cancelTimeMs = o.longs === $String ? $String(m.cancelTimeMs) : m.cancelTimeMs;
                        else
                            d.cancelTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.cancelTimeMs) : o.longs === $Number ? new $util.LongBits(m.cancelTimeMs.low >>> 0, m.cancelTimeMs.high >>> 0).toNumber() : m.cancelTimeMs;
                    }
                    if (m.amounts != null && $Object.hasOwnProperty.call(m, "amounts")) {
                        d.amounts = $root.yibao.center.v1.Amounts.toObject(m.amounts, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this Cancellation to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Cancellation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Cancellation.prototype.toJSON = function() {
                    return Cancellation.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Cancellation
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Cancellation
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Cancellation.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Cancellation";
                };

                return Cancellation;
            })();

            v1.Record = (function() {

                /**
                 * Properties of a Record.
                 * @typedef {Object} yibao.center.v1.Record.$Properties
                 * @property {string|null} [recordId] Record recordId
                 * @property {string|null} [visitId] Record visitId
                 * @property {number|null} [seq] Record seq
                 * @property {number|Long|null} [createdAtMs] Record createdAtMs
                 * @property {yibao.center.v1.Settlement.$Properties|null} [settlement] Record settlement
                 * @property {yibao.center.v1.Cancellation.$Properties|null} [cancellation] Record cancellation
                 * @property {"settlement"|"cancellation"} [body] Record body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Record.
                 * @memberof yibao.center.v1
                 * @interface IRecord
                 * @augments yibao.center.v1.Record.$Properties
                 * @deprecated Use yibao.center.v1.Record.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Record.
                 * @typedef {{
                 *   recordId?: string|null;
                 *   visitId?: string|null;
                 *   seq?: number|null;
                 *   createdAtMs?: number|Long|null;
                 *   settlement?: yibao.center.v1.Settlement.$Shape|null;
                 *   cancellation?: yibao.center.v1.Cancellation.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; settlement?: null; cancellation?: null }|{ body?: "settlement"; settlement: yibao.center.v1.Settlement.$Shape; cancellation?: null }|{ body?: "cancellation"; settlement?: null; cancellation: yibao.center.v1.Cancellation.$Shape })
                 * )} yibao.center.v1.Record.$Shape
                 */

                /**
                 * Constructs a new Record.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a Record.
                 * @constructor
                 * @param {yibao.center.v1.Record.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Record = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Record recordId.
                 * @member {string} recordId
                 * @memberof yibao.center.v1.Record
                 * @instance
                 */
                Record.prototype.recordId = "";

                /**
                 * Record visitId.
                 * @member {string} visitId
                 * @memberof yibao.center.v1.Record
                 * @instance
                 */
                Record.prototype.visitId = "";

                /**
                 * Record seq.
                 * @member {number} seq
                 * @memberof yibao.center.v1.Record
                 * @instance
                 */
                Record.prototype.seq = 0;

                /**
                 * Record createdAtMs.
                 * @member {number|Long} createdAtMs
                 * @memberof yibao.center.v1.Record
                 * @instance
                 */
                Record.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Record settlement.
                 * @member {yibao.center.v1.Settlement.$Properties|null|undefined} settlement
                 * @memberof yibao.center.v1.Record
                 * @instance
                 */
                Record.prototype.settlement = null;

                /**
                 * Record cancellation.
                 * @member {yibao.center.v1.Cancellation.$Properties|null|undefined} cancellation
                 * @memberof yibao.center.v1.Record
                 * @instance
                 */
                Record.prototype.cancellation = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Record body.
                 * @member {"settlement"|"cancellation"|undefined} body
                 * @memberof yibao.center.v1.Record
                 * @instance
                 */
                $Object.defineProperty(Record.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["settlement", "cancellation"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Record instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {yibao.center.v1.Record.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Record} Record instance
                 * @type {{
                 *   (properties: yibao.center.v1.Record.$Shape): yibao.center.v1.Record & yibao.center.v1.Record.$Shape;
                 *   (properties?: yibao.center.v1.Record.$Properties): yibao.center.v1.Record;
                 * }}
                 */
                Record.create = function(properties) {
                    return new Record(properties);
                };

                /**
                 * Encodes the specified Record message. Does not implicitly {@link yibao.center.v1.Record.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {yibao.center.v1.Record.$Properties} m Record message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Record.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId") && m.recordId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.recordId);
                    if (m.visitId != null && $Object.hasOwnProperty.call(m, "visitId") && m.visitId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.visitId);
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.seq);
                    if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).int64(m.createdAtMs);
                    if (m.settlement != null && $Object.hasOwnProperty.call(m, "settlement"))
                        $root.yibao.center.v1.Settlement.encode(m.settlement, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (m.cancellation != null && $Object.hasOwnProperty.call(m, "cancellation"))
                        $root.yibao.center.v1.Cancellation.encode(m.cancellation, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Record message, length delimited. Does not implicitly {@link yibao.center.v1.Record.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {yibao.center.v1.Record.$Properties} message Record message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Record.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Record message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Record & yibao.center.v1.Record.$Shape} Record
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Record.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Record();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.recordId = v;
                                else
                                    delete m.recordId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.visitId = v;
                                else
                                    delete m.visitId;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.seq = v;
                                else
                                    delete m.seq;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.createdAtMs = v;
                                else
                                    delete m.createdAtMs;
                                continue;
                            }
                        case 10: {
                                if (u !== 2)
                                    break;
                                m.settlement = $root.yibao.center.v1.Settlement.decode(r, r.size(), $undefined, q + 1, m.settlement);
                                m.body = "settlement";
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                m.cancellation = $root.yibao.center.v1.Cancellation.decode(r, r.size(), $undefined, q + 1, m.cancellation);
                                m.body = "cancellation";
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Record message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Record & yibao.center.v1.Record.$Shape} Record
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Record.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Record message.
                 * @function verify
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Record.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    var p = {};
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        if (!$util.isString(m.recordId))
                            return "recordId: string expected";
                    }
                    if (m.visitId != null && $Object.hasOwnProperty.call(m, "visitId")) {
                        if (!$util.isString(m.visitId))
                            return "visitId: string expected";
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (!$util.isInteger(m.seq))
                            return "seq: integer expected";
                    }
                    if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                        if (!$util.isInteger(m.createdAtMs) && !(m.createdAtMs && $util.isInteger(m.createdAtMs.low) && $util.isInteger(m.createdAtMs.high)))
                            return "createdAtMs: integer|Long expected";
                    }
                    if (m.settlement != null && $Object.hasOwnProperty.call(m, "settlement")) {
                        p.body = 1;
                        {
                            var e = $root.yibao.center.v1.Settlement.verify(m.settlement, q + 1);
                            if (e)
                                return "settlement." + e;
                        }
                    }
                    if (m.cancellation != null && $Object.hasOwnProperty.call(m, "cancellation")) {
                        if (p.body === 1)
                            return "body: multiple values";
                        p.body = 1;
                        {
                            var e = $root.yibao.center.v1.Cancellation.verify(m.cancellation, q + 1);
                            if (e)
                                return "cancellation." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Record message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Record} Record
                 */
                Record.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Record)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Record: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Record();
                    if (d.recordId != null) {
                        if (typeof d.recordId !== "string" || d.recordId.length) {
                            m.recordId = $String(d.recordId);
                        }
                    }
                    if (d.visitId != null) {
                        if (typeof d.visitId !== "string" || d.visitId.length) {
                            m.visitId = $String(d.visitId);
                        }
                    }
                    if (d.seq != null) {
                        if ($Number(d.seq) !== 0) {
                            m.seq = d.seq >>> 0;
                        }
                    }
                    if (d.createdAtMs != null) {
                        if (typeof d.createdAtMs === "object" ? d.createdAtMs.low || d.createdAtMs.high : $Number(d.createdAtMs) !== 0) {
                            if ($util.Long)
                                m.createdAtMs = $util.Long.fromValue(d.createdAtMs, false);
                            else if (typeof d.createdAtMs === "string")
                                m.createdAtMs = $parseInt(d.createdAtMs, 10);
                            else if (typeof d.createdAtMs === "number")
                                m.createdAtMs = d.createdAtMs;
                            else if (typeof d.createdAtMs === "object")
                                m.createdAtMs = new $util.LongBits(d.createdAtMs.low >>> 0, d.createdAtMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.settlement != null) {
                        if (!$util.isObject(d.settlement))
                            throw $TypeError(".yibao.center.v1.Record.settlement: object expected");
                        m.settlement = $root.yibao.center.v1.Settlement.fromObject(d.settlement, q + 1);
                    }
                    if (d.cancellation != null) {
                        if (!$util.isObject(d.cancellation))
                            throw $TypeError(".yibao.center.v1.Record.cancellation: object expected");
                        m.cancellation = $root.yibao.center.v1.Cancellation.fromObject(d.cancellation, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Record message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {yibao.center.v1.Record} m Record
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Record.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.recordId = "";
                        d.visitId = "";
                        d.seq = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        d.recordId = m.recordId;
                    }
                    if (m.visitId != null && $Object.hasOwnProperty.call(m, "visitId")) {
                        d.visitId = m.visitId;
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        d.seq = m.seq;
                    }
                    if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, false).toBigInt();
                        else if (typeof m.createdAtMs === "number")
                            d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                        else
                            d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber() : m.createdAtMs;
                    }
                    if (m.settlement != null && $Object.hasOwnProperty.call(m, "settlement")) {
                        d.settlement = $root.yibao.center.v1.Settlement.toObject(m.settlement, o, q + 1);
                        if (o.oneofs)
                            d.body = "settlement";
                    }
                    if (m.cancellation != null && $Object.hasOwnProperty.call(m, "cancellation")) {
                        d.cancellation = $root.yibao.center.v1.Cancellation.toObject(m.cancellation, o, q + 1);
                        if (o.oneofs)
                            d.body = "cancellation";
                    }
                    return d;
                };

                /**
                 * Converts this Record to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Record
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Record.prototype.toJSON = function() {
                    return Record.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Record
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Record
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Record.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Record";
                };

                return Record;
            })();

            v1.UploadBatch = (function() {

                /**
                 * Properties of an UploadBatch.
                 * @typedef {Object} yibao.center.v1.UploadBatch.$Properties
                 * @property {string|null} [batchId] UploadBatch batchId
                 * @property {Array.<yibao.center.v1.Record.$Properties>|null} [records] UploadBatch records
                 * @property {yibao.center.v1.AuditHead.$Properties|null} [auditHead] UploadBatch auditHead
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an UploadBatch.
                 * @memberof yibao.center.v1
                 * @interface IUploadBatch
                 * @augments yibao.center.v1.UploadBatch.$Properties
                 * @deprecated Use yibao.center.v1.UploadBatch.$Properties instead.
                 */

                /**
                 * Shape of an UploadBatch.
                 * @typedef {{
                 *   batchId?: string|null;
                 *   records?: Array.<yibao.center.v1.Record.$Shape>|null;
                 *   auditHead?: yibao.center.v1.AuditHead.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} yibao.center.v1.UploadBatch.$Shape
                 */

                /**
                 * Constructs a new UploadBatch.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an UploadBatch.
                 * @constructor
                 * @param {yibao.center.v1.UploadBatch.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UploadBatch = function (p) {
                    this.records = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * UploadBatch batchId.
                 * @member {string} batchId
                 * @memberof yibao.center.v1.UploadBatch
                 * @instance
                 */
                UploadBatch.prototype.batchId = "";

                /**
                 * UploadBatch records.
                 * @member {Array.<yibao.center.v1.Record.$Properties>} records
                 * @memberof yibao.center.v1.UploadBatch
                 * @instance
                 */
                UploadBatch.prototype.records = $util.emptyArray;

                /**
                 * UploadBatch auditHead.
                 * @member {yibao.center.v1.AuditHead.$Properties|null|undefined} auditHead
                 * @memberof yibao.center.v1.UploadBatch
                 * @instance
                 */
                UploadBatch.prototype.auditHead = null;

                /**
                 * Creates a new UploadBatch instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {yibao.center.v1.UploadBatch.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.UploadBatch} UploadBatch instance
                 * @type {{
                 *   (properties: yibao.center.v1.UploadBatch.$Shape): yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape;
                 *   (properties?: yibao.center.v1.UploadBatch.$Properties): yibao.center.v1.UploadBatch;
                 * }}
                 */
                UploadBatch.create = function(properties) {
                    return new UploadBatch(properties);
                };

                /**
                 * Encodes the specified UploadBatch message. Does not implicitly {@link yibao.center.v1.UploadBatch.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {yibao.center.v1.UploadBatch.$Properties} m UploadBatch message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UploadBatch.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId") && m.batchId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.batchId);
                    if (m.records != null && m.records.length) {
                        for (var i = 0; i < m.records.length; ++i)
                            $root.yibao.center.v1.Record.encode(m.records[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.auditHead != null && $Object.hasOwnProperty.call(m, "auditHead"))
                        $root.yibao.center.v1.AuditHead.encode(m.auditHead, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified UploadBatch message, length delimited. Does not implicitly {@link yibao.center.v1.UploadBatch.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {yibao.center.v1.UploadBatch.$Properties} message UploadBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UploadBatch.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an UploadBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape} UploadBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UploadBatch.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.UploadBatch();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.batchId = v;
                                else
                                    delete m.batchId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.records && m.records.length))
                                    m.records = [];
                                m.records.push($root.yibao.center.v1.Record.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.auditHead = $root.yibao.center.v1.AuditHead.decode(r, r.size(), $undefined, q + 1, m.auditHead);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an UploadBatch message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape} UploadBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UploadBatch.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an UploadBatch message.
                 * @function verify
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UploadBatch.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                        if (!$util.isString(m.batchId))
                            return "batchId: string expected";
                    }
                    if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                        if (!$Array.isArray(m.records))
                            return "records: array expected";
                        for (var i = 0; i < m.records.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.Record.verify(m.records[i], q + 1);
                                if (e)
                                    return "records." + e;
                            }
                        }
                    }
                    if (m.auditHead != null && $Object.hasOwnProperty.call(m, "auditHead")) {
                        {
                            var e = $root.yibao.center.v1.AuditHead.verify(m.auditHead, q + 1);
                            if (e)
                                return "auditHead." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an UploadBatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.UploadBatch} UploadBatch
                 */
                UploadBatch.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.UploadBatch)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.UploadBatch: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.UploadBatch();
                    if (d.batchId != null) {
                        if (typeof d.batchId !== "string" || d.batchId.length) {
                            m.batchId = $String(d.batchId);
                        }
                    }
                    if (d.records) {
                        if (!$Array.isArray(d.records))
                            throw $TypeError(".yibao.center.v1.UploadBatch.records: array expected");
                        m.records = $Array(d.records.length);
                        for (var i = 0; i < d.records.length; ++i) {
                            if (!$util.isObject(d.records[i]))
                                throw $TypeError(".yibao.center.v1.UploadBatch.records: object expected");
                            m.records[i] = $root.yibao.center.v1.Record.fromObject(d.records[i], q + 1);
                        }
                    }
                    if (d.auditHead != null) {
                        if (!$util.isObject(d.auditHead))
                            throw $TypeError(".yibao.center.v1.UploadBatch.auditHead: object expected");
                        m.auditHead = $root.yibao.center.v1.AuditHead.fromObject(d.auditHead, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an UploadBatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {yibao.center.v1.UploadBatch} m UploadBatch
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UploadBatch.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.records = [];
                    }
                    if (o.defaults) {
                        d.batchId = "";
                        d.auditHead = null;
                    }
                    if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                        d.batchId = m.batchId;
                    }
                    if (m.records && m.records.length) {
                        d.records = $Array(m.records.length);
                        for (var j = 0; j < m.records.length; ++j) {
                            d.records[j] = $root.yibao.center.v1.Record.toObject(m.records[j], o, q + 1);
                        }
                    }
                    if (m.auditHead != null && $Object.hasOwnProperty.call(m, "auditHead")) {
                        d.auditHead = $root.yibao.center.v1.AuditHead.toObject(m.auditHead, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this UploadBatch to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.UploadBatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UploadBatch.prototype.toJSON = function() {
                    return UploadBatch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UploadBatch
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.UploadBatch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UploadBatch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.UploadBatch";
                };

                return UploadBatch;
            })();

            v1.AuditHead = (function() {

                /**
                 * Properties of an AuditHead.
                 * @typedef {Object} yibao.center.v1.AuditHead.$Properties
                 * @property {number|Long|null} [seq] AuditHead seq
                 * @property {string|null} [hash] AuditHead hash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AuditHead.
                 * @memberof yibao.center.v1
                 * @interface IAuditHead
                 * @augments yibao.center.v1.AuditHead.$Properties
                 * @deprecated Use yibao.center.v1.AuditHead.$Properties instead.
                 */

                /**
                 * Shape of an AuditHead.
                 * @typedef {yibao.center.v1.AuditHead.$Properties} yibao.center.v1.AuditHead.$Shape
                 */

                /**
                 * Constructs a new AuditHead.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an AuditHead.
                 * @constructor
                 * @param {yibao.center.v1.AuditHead.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AuditHead = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * AuditHead seq.
                 * @member {number|Long} seq
                 * @memberof yibao.center.v1.AuditHead
                 * @instance
                 */
                AuditHead.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AuditHead hash.
                 * @member {string} hash
                 * @memberof yibao.center.v1.AuditHead
                 * @instance
                 */
                AuditHead.prototype.hash = "";

                /**
                 * Creates a new AuditHead instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {yibao.center.v1.AuditHead.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.AuditHead} AuditHead instance
                 * @type {{
                 *   (properties: yibao.center.v1.AuditHead.$Shape): yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape;
                 *   (properties?: yibao.center.v1.AuditHead.$Properties): yibao.center.v1.AuditHead;
                 * }}
                 */
                AuditHead.create = function(properties) {
                    return new AuditHead(properties);
                };

                /**
                 * Encodes the specified AuditHead message. Does not implicitly {@link yibao.center.v1.AuditHead.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {yibao.center.v1.AuditHead.$Properties} m AuditHead message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuditHead.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                        w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                    if (m.hash != null && $Object.hasOwnProperty.call(m, "hash") && m.hash !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.hash);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified AuditHead message, length delimited. Does not implicitly {@link yibao.center.v1.AuditHead.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {yibao.center.v1.AuditHead.$Properties} message AuditHead message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuditHead.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AuditHead message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape} AuditHead
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuditHead.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.AuditHead();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.seq = v;
                                else
                                    delete m.seq;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.hash = v;
                                else
                                    delete m.hash;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an AuditHead message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape} AuditHead
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuditHead.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AuditHead message.
                 * @function verify
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AuditHead.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                            return "seq: integer|Long expected";
                    }
                    if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                        if (!$util.isString(m.hash))
                            return "hash: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an AuditHead message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.AuditHead} AuditHead
                 */
                AuditHead.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.AuditHead)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.AuditHead: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.AuditHead();
                    if (d.seq != null) {
                        if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                            if ($util.Long)
                                m.seq = $util.Long.fromValue(d.seq, true);
                            else if (typeof d.seq === "string")
                                m.seq = $parseInt(d.seq, 10);
                            else if (typeof d.seq === "number")
                                m.seq = d.seq;
                            else if (typeof d.seq === "object")
                                m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.hash != null) {
                        if (typeof d.hash !== "string" || d.hash.length) {
                            m.hash = $String(d.hash);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an AuditHead message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {yibao.center.v1.AuditHead} m AuditHead
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AuditHead.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.hash = "";
                    }
                    if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                        else if (typeof m.seq === "number")
                            d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                        else
                            d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                    }
                    if (m.hash != null && $Object.hasOwnProperty.call(m, "hash")) {
                        d.hash = m.hash;
                    }
                    return d;
                };

                /**
                 * Converts this AuditHead to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.AuditHead
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AuditHead.prototype.toJSON = function() {
                    return AuditHead.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AuditHead
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.AuditHead
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AuditHead.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.AuditHead";
                };

                return AuditHead;
            })();

            /**
             * AckStatus enum.
             * @name yibao.center.v1.AckStatus
             * @enum {number}
             * @property {number} ACK_STATUS_UNSPECIFIED=0 ACK_STATUS_UNSPECIFIED value
             * @property {number} ACK_STATUS_ACCEPTED=1 ACK_STATUS_ACCEPTED value
             * @property {number} ACK_STATUS_REJECTED=2 ACK_STATUS_REJECTED value
             * @property {number} ACK_STATUS_DUPLICATE=3 ACK_STATUS_DUPLICATE value
             */
            v1.AckStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ACK_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ACK_STATUS_ACCEPTED"] = 1;
                values[valuesById[2] = "ACK_STATUS_REJECTED"] = 2;
                values[valuesById[3] = "ACK_STATUS_DUPLICATE"] = 3;
                return values;
            })();

            v1.RecordAck = (function() {

                /**
                 * Properties of a RecordAck.
                 * @typedef {Object} yibao.center.v1.RecordAck.$Properties
                 * @property {string|null} [recordId] RecordAck recordId
                 * @property {yibao.center.v1.AckStatus|null} [status] RecordAck status
                 * @property {string|null} [code] RecordAck code
                 * @property {string|null} [reason] RecordAck reason
                 * @property {string|null} [centreRef] RecordAck centreRef
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RecordAck.
                 * @memberof yibao.center.v1
                 * @interface IRecordAck
                 * @augments yibao.center.v1.RecordAck.$Properties
                 * @deprecated Use yibao.center.v1.RecordAck.$Properties instead.
                 */

                /**
                 * Shape of a RecordAck.
                 * @typedef {yibao.center.v1.RecordAck.$Properties} yibao.center.v1.RecordAck.$Shape
                 */

                /**
                 * Constructs a new RecordAck.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a RecordAck.
                 * @constructor
                 * @param {yibao.center.v1.RecordAck.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RecordAck = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RecordAck recordId.
                 * @member {string} recordId
                 * @memberof yibao.center.v1.RecordAck
                 * @instance
                 */
                RecordAck.prototype.recordId = "";

                /**
                 * RecordAck status.
                 * @member {yibao.center.v1.AckStatus} status
                 * @memberof yibao.center.v1.RecordAck
                 * @instance
                 */
                RecordAck.prototype.status = 0;

                /**
                 * RecordAck code.
                 * @member {string} code
                 * @memberof yibao.center.v1.RecordAck
                 * @instance
                 */
                RecordAck.prototype.code = "";

                /**
                 * RecordAck reason.
                 * @member {string} reason
                 * @memberof yibao.center.v1.RecordAck
                 * @instance
                 */
                RecordAck.prototype.reason = "";

                /**
                 * RecordAck centreRef.
                 * @member {string} centreRef
                 * @memberof yibao.center.v1.RecordAck
                 * @instance
                 */
                RecordAck.prototype.centreRef = "";

                /**
                 * Creates a new RecordAck instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {yibao.center.v1.RecordAck.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.RecordAck} RecordAck instance
                 * @type {{
                 *   (properties: yibao.center.v1.RecordAck.$Shape): yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape;
                 *   (properties?: yibao.center.v1.RecordAck.$Properties): yibao.center.v1.RecordAck;
                 * }}
                 */
                RecordAck.create = function(properties) {
                    return new RecordAck(properties);
                };

                /**
                 * Encodes the specified RecordAck message. Does not implicitly {@link yibao.center.v1.RecordAck.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {yibao.center.v1.RecordAck.$Properties} m RecordAck message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RecordAck.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId") && m.recordId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.recordId);
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.status);
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.code);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                    if (m.centreRef != null && $Object.hasOwnProperty.call(m, "centreRef") && m.centreRef !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.centreRef);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RecordAck message, length delimited. Does not implicitly {@link yibao.center.v1.RecordAck.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {yibao.center.v1.RecordAck.$Properties} message RecordAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RecordAck.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RecordAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape} RecordAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RecordAck.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.RecordAck();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.recordId = v;
                                else
                                    delete m.recordId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.status = v;
                                else
                                    delete m.status;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.centreRef = v;
                                else
                                    delete m.centreRef;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a RecordAck message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape} RecordAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RecordAck.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RecordAck message.
                 * @function verify
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RecordAck.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        if (!$util.isString(m.recordId))
                            return "recordId: string expected";
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                            return "status: enum value expected";
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    if (m.centreRef != null && $Object.hasOwnProperty.call(m, "centreRef")) {
                        if (!$util.isString(m.centreRef))
                            return "centreRef: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a RecordAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.RecordAck} RecordAck
                 */
                RecordAck.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.RecordAck)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.RecordAck: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.RecordAck();
                    if (d.recordId != null) {
                        if (typeof d.recordId !== "string" || d.recordId.length) {
                            m.recordId = $String(d.recordId);
                        }
                    }
                    if (d.status !== 0 && (typeof d.status !== "string" || $root.yibao.center.v1.AckStatus[d.status] !== 0)) {
                        switch (d.status) {
                        case "ACK_STATUS_UNSPECIFIED":
                        case 0:
                            m.status = 0;
                            break;
                        case "ACK_STATUS_ACCEPTED":
                        case 1:
                            m.status = 1;
                            break;
                        case "ACK_STATUS_REJECTED":
                        case 2:
                            m.status = 2;
                            break;
                        case "ACK_STATUS_DUPLICATE":
                        case 3:
                            m.status = 3;
                            break;
                        default:
                            if (typeof d.status === "number" && (d.status | 0) === d.status)
                                m.status = d.status;
                        }
                    }
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    if (d.centreRef != null) {
                        if (typeof d.centreRef !== "string" || d.centreRef.length) {
                            m.centreRef = $String(d.centreRef);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RecordAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {yibao.center.v1.RecordAck} m RecordAck
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RecordAck.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.recordId = "";
                        d.status = o.enums === $String ? "ACK_STATUS_UNSPECIFIED" : 0;
                        d.code = "";
                        d.reason = "";
                        d.centreRef = "";
                    }
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        d.recordId = m.recordId;
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        d.status = o.enums === $String ? $root.yibao.center.v1.AckStatus[m.status] === $undefined ? m.status : $root.yibao.center.v1.AckStatus[m.status] : m.status;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    if (m.centreRef != null && $Object.hasOwnProperty.call(m, "centreRef")) {
                        d.centreRef = m.centreRef;
                    }
                    return d;
                };

                /**
                 * Converts this RecordAck to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.RecordAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RecordAck.prototype.toJSON = function() {
                    return RecordAck.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RecordAck
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.RecordAck
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RecordAck.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.RecordAck";
                };

                return RecordAck;
            })();

            v1.UploadAck = (function() {

                /**
                 * Properties of an UploadAck.
                 * @typedef {Object} yibao.center.v1.UploadAck.$Properties
                 * @property {string|null} [batchId] UploadAck batchId
                 * @property {Array.<yibao.center.v1.RecordAck.$Properties>|null} [acks] UploadAck acks
                 * @property {number|Long|null} [receivedAtMs] UploadAck receivedAtMs
                 * @property {yibao.center.v1.AuditHead.$Properties|null} [auditHead] UploadAck auditHead
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an UploadAck.
                 * @memberof yibao.center.v1
                 * @interface IUploadAck
                 * @augments yibao.center.v1.UploadAck.$Properties
                 * @deprecated Use yibao.center.v1.UploadAck.$Properties instead.
                 */

                /**
                 * Shape of an UploadAck.
                 * @typedef {yibao.center.v1.UploadAck.$Properties} yibao.center.v1.UploadAck.$Shape
                 */

                /**
                 * Constructs a new UploadAck.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an UploadAck.
                 * @constructor
                 * @param {yibao.center.v1.UploadAck.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UploadAck = function (p) {
                    this.acks = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * UploadAck batchId.
                 * @member {string} batchId
                 * @memberof yibao.center.v1.UploadAck
                 * @instance
                 */
                UploadAck.prototype.batchId = "";

                /**
                 * UploadAck acks.
                 * @member {Array.<yibao.center.v1.RecordAck.$Properties>} acks
                 * @memberof yibao.center.v1.UploadAck
                 * @instance
                 */
                UploadAck.prototype.acks = $util.emptyArray;

                /**
                 * UploadAck receivedAtMs.
                 * @member {number|Long} receivedAtMs
                 * @memberof yibao.center.v1.UploadAck
                 * @instance
                 */
                UploadAck.prototype.receivedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * UploadAck auditHead.
                 * @member {yibao.center.v1.AuditHead.$Properties|null|undefined} auditHead
                 * @memberof yibao.center.v1.UploadAck
                 * @instance
                 */
                UploadAck.prototype.auditHead = null;

                /**
                 * Creates a new UploadAck instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {yibao.center.v1.UploadAck.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.UploadAck} UploadAck instance
                 * @type {{
                 *   (properties: yibao.center.v1.UploadAck.$Shape): yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape;
                 *   (properties?: yibao.center.v1.UploadAck.$Properties): yibao.center.v1.UploadAck;
                 * }}
                 */
                UploadAck.create = function(properties) {
                    return new UploadAck(properties);
                };

                /**
                 * Encodes the specified UploadAck message. Does not implicitly {@link yibao.center.v1.UploadAck.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {yibao.center.v1.UploadAck.$Properties} m UploadAck message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UploadAck.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId") && m.batchId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.batchId);
                    if (m.acks != null && m.acks.length) {
                        for (var i = 0; i < m.acks.length; ++i)
                            $root.yibao.center.v1.RecordAck.encode(m.acks[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.receivedAtMs != null && $Object.hasOwnProperty.call(m, "receivedAtMs") && (typeof m.receivedAtMs === "object" ? m.receivedAtMs.low || m.receivedAtMs.high : m.receivedAtMs !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).int64(m.receivedAtMs);
                    if (m.auditHead != null && $Object.hasOwnProperty.call(m, "auditHead"))
                        $root.yibao.center.v1.AuditHead.encode(m.auditHead, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified UploadAck message, length delimited. Does not implicitly {@link yibao.center.v1.UploadAck.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {yibao.center.v1.UploadAck.$Properties} message UploadAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UploadAck.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an UploadAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape} UploadAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UploadAck.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.UploadAck();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.batchId = v;
                                else
                                    delete m.batchId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.acks && m.acks.length))
                                    m.acks = [];
                                m.acks.push($root.yibao.center.v1.RecordAck.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.receivedAtMs = v;
                                else
                                    delete m.receivedAtMs;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.auditHead = $root.yibao.center.v1.AuditHead.decode(r, r.size(), $undefined, q + 1, m.auditHead);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an UploadAck message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape} UploadAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UploadAck.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an UploadAck message.
                 * @function verify
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UploadAck.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                        if (!$util.isString(m.batchId))
                            return "batchId: string expected";
                    }
                    if (m.acks != null && $Object.hasOwnProperty.call(m, "acks")) {
                        if (!$Array.isArray(m.acks))
                            return "acks: array expected";
                        for (var i = 0; i < m.acks.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.RecordAck.verify(m.acks[i], q + 1);
                                if (e)
                                    return "acks." + e;
                            }
                        }
                    }
                    if (m.receivedAtMs != null && $Object.hasOwnProperty.call(m, "receivedAtMs")) {
                        if (!$util.isInteger(m.receivedAtMs) && !(m.receivedAtMs && $util.isInteger(m.receivedAtMs.low) && $util.isInteger(m.receivedAtMs.high)))
                            return "receivedAtMs: integer|Long expected";
                    }
                    if (m.auditHead != null && $Object.hasOwnProperty.call(m, "auditHead")) {
                        {
                            var e = $root.yibao.center.v1.AuditHead.verify(m.auditHead, q + 1);
                            if (e)
                                return "auditHead." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates an UploadAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.UploadAck} UploadAck
                 */
                UploadAck.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.UploadAck)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.UploadAck: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.UploadAck();
                    if (d.batchId != null) {
                        if (typeof d.batchId !== "string" || d.batchId.length) {
                            m.batchId = $String(d.batchId);
                        }
                    }
                    if (d.acks) {
                        if (!$Array.isArray(d.acks))
                            throw $TypeError(".yibao.center.v1.UploadAck.acks: array expected");
                        m.acks = $Array(d.acks.length);
                        for (var i = 0; i < d.acks.length; ++i) {
                            if (!$util.isObject(d.acks[i]))
                                throw $TypeError(".yibao.center.v1.UploadAck.acks: object expected");
                            m.acks[i] = $root.yibao.center.v1.RecordAck.fromObject(d.acks[i], q + 1);
                        }
                    }
                    if (d.receivedAtMs != null) {
                        if (typeof d.receivedAtMs === "object" ? d.receivedAtMs.low || d.receivedAtMs.high : $Number(d.receivedAtMs) !== 0) {
                            if ($util.Long)
                                m.receivedAtMs = $util.Long.fromValue(d.receivedAtMs, false);
                            else if (typeof d.receivedAtMs === "string")
                                m.receivedAtMs = $parseInt(d.receivedAtMs, 10);
                            else if (typeof d.receivedAtMs === "number")
                                m.receivedAtMs = d.receivedAtMs;
                            else if (typeof d.receivedAtMs === "object")
                                m.receivedAtMs = new $util.LongBits(d.receivedAtMs.low >>> 0, d.receivedAtMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.auditHead != null) {
                        if (!$util.isObject(d.auditHead))
                            throw $TypeError(".yibao.center.v1.UploadAck.auditHead: object expected");
                        m.auditHead = $root.yibao.center.v1.AuditHead.fromObject(d.auditHead, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an UploadAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {yibao.center.v1.UploadAck} m UploadAck
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UploadAck.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.acks = [];
                    }
                    if (o.defaults) {
                        d.batchId = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.receivedAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.receivedAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.auditHead = null;
                    }
                    if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                        d.batchId = m.batchId;
                    }
                    if (m.acks && m.acks.length) {
                        d.acks = $Array(m.acks.length);
                        for (var j = 0; j < m.acks.length; ++j) {
                            d.acks[j] = $root.yibao.center.v1.RecordAck.toObject(m.acks[j], o, q + 1);
                        }
                    }
                    if (m.receivedAtMs != null && $Object.hasOwnProperty.call(m, "receivedAtMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.receivedAtMs = typeof m.receivedAtMs === "number" ? $BigInt(m.receivedAtMs) : $util.Long.fromBits(m.receivedAtMs.low >>> 0, m.receivedAtMs.high >>> 0, false).toBigInt();
                        else if (typeof m.receivedAtMs === "number")
                            d.receivedAtMs = o.longs === $String ? $String(m.receivedAtMs) : m.receivedAtMs;
                        else
                            d.receivedAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.receivedAtMs) : o.longs === $Number ? new $util.LongBits(m.receivedAtMs.low >>> 0, m.receivedAtMs.high >>> 0).toNumber() : m.receivedAtMs;
                    }
                    if (m.auditHead != null && $Object.hasOwnProperty.call(m, "auditHead")) {
                        d.auditHead = $root.yibao.center.v1.AuditHead.toObject(m.auditHead, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this UploadAck to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.UploadAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UploadAck.prototype.toJSON = function() {
                    return UploadAck.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for UploadAck
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.UploadAck
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UploadAck.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.UploadAck";
                };

                return UploadAck;
            })();

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} yibao.center.v1.Envelope.$Properties
                 * @property {string|null} [gatewayId] Envelope gatewayId
                 * @property {string|null} [keyId] Envelope keyId
                 * @property {number|Long|null} [timestampMs] Envelope timestampMs
                 * @property {Uint8Array|null} [nonce] Envelope nonce
                 * @property {string|null} [bodyType] Envelope bodyType
                 * @property {Uint8Array|null} [body] Envelope body
                 * @property {Uint8Array|null} [mac] Envelope mac
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof yibao.center.v1
                 * @interface IEnvelope
                 * @augments yibao.center.v1.Envelope.$Properties
                 * @deprecated Use yibao.center.v1.Envelope.$Properties instead.
                 */

                /**
                 * Shape of an Envelope.
                 * @typedef {yibao.center.v1.Envelope.$Properties} yibao.center.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {yibao.center.v1.Envelope.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Envelope gatewayId.
                 * @member {string} gatewayId
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.gatewayId = "";

                /**
                 * Envelope keyId.
                 * @member {string} keyId
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.keyId = "";

                /**
                 * Envelope timestampMs.
                 * @member {number|Long} timestampMs
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Envelope nonce.
                 * @member {Uint8Array} nonce
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.nonce = $util.newBuffer([]);

                /**
                 * Envelope bodyType.
                 * @member {string} bodyType
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.bodyType = "";

                /**
                 * Envelope body.
                 * @member {Uint8Array} body
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.body = $util.newBuffer([]);

                /**
                 * Envelope mac.
                 * @member {Uint8Array} mac
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.mac = $util.newBuffer([]);

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {yibao.center.v1.Envelope.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Envelope} Envelope instance
                 * @type {{
                 *   (properties: yibao.center.v1.Envelope.$Shape): yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape;
                 *   (properties?: yibao.center.v1.Envelope.$Properties): yibao.center.v1.Envelope;
                 * }}
                 */
                Envelope.create = function(properties) {
                    return new Envelope(properties);
                };

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link yibao.center.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {yibao.center.v1.Envelope.$Properties} m Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId") && m.gatewayId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.gatewayId);
                    if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId") && m.keyId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.keyId);
                    if (m.timestampMs != null && $Object.hasOwnProperty.call(m, "timestampMs") && (typeof m.timestampMs === "object" ? m.timestampMs.low || m.timestampMs.high : m.timestampMs !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).int64(m.timestampMs);
                    if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.nonce);
                    if (m.bodyType != null && $Object.hasOwnProperty.call(m, "bodyType") && m.bodyType !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.bodyType);
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                        w.uint32(/* id 6, wireType 2 =*/50).bytes(m.body);
                    if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac.length)
                        w.uint32(/* id 7, wireType 2 =*/58).bytes(m.mac);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Envelope message, length delimited. Does not implicitly {@link yibao.center.v1.Envelope.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {yibao.center.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Envelope();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.gatewayId = v;
                                else
                                    delete m.gatewayId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.keyId = v;
                                else
                                    delete m.keyId;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.timestampMs = v;
                                else
                                    delete m.timestampMs;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.nonce = v;
                                else
                                    delete m.nonce;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.bodyType = v;
                                else
                                    delete m.bodyType;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.body = v;
                                else
                                    delete m.body;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.mac = v;
                                else
                                    delete m.mac;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Envelope message.
                 * @function verify
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Envelope.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                        if (!$util.isString(m.gatewayId))
                            return "gatewayId: string expected";
                    }
                    if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                        if (!$util.isString(m.keyId))
                            return "keyId: string expected";
                    }
                    if (m.timestampMs != null && $Object.hasOwnProperty.call(m, "timestampMs")) {
                        if (!$util.isInteger(m.timestampMs) && !(m.timestampMs && $util.isInteger(m.timestampMs.low) && $util.isInteger(m.timestampMs.high)))
                            return "timestampMs: integer|Long expected";
                    }
                    if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                        if (!(m.nonce && typeof m.nonce.length === "number" || $util.isString(m.nonce)))
                            return "nonce: buffer expected";
                    }
                    if (m.bodyType != null && $Object.hasOwnProperty.call(m, "bodyType")) {
                        if (!$util.isString(m.bodyType))
                            return "bodyType: string expected";
                    }
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                        if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                            return "body: buffer expected";
                    }
                    if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                        if (!(m.mac && typeof m.mac.length === "number" || $util.isString(m.mac)))
                            return "mac: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Envelope} Envelope
                 */
                Envelope.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Envelope)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Envelope: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Envelope();
                    if (d.gatewayId != null) {
                        if (typeof d.gatewayId !== "string" || d.gatewayId.length) {
                            m.gatewayId = $String(d.gatewayId);
                        }
                    }
                    if (d.keyId != null) {
                        if (typeof d.keyId !== "string" || d.keyId.length) {
                            m.keyId = $String(d.keyId);
                        }
                    }
                    if (d.timestampMs != null) {
                        if (typeof d.timestampMs === "object" ? d.timestampMs.low || d.timestampMs.high : $Number(d.timestampMs) !== 0) {
                            if ($util.Long)
                                m.timestampMs = $util.Long.fromValue(d.timestampMs, false);
                            else if (typeof d.timestampMs === "string")
                                m.timestampMs = $parseInt(d.timestampMs, 10);
                            else if (typeof d.timestampMs === "number")
                                m.timestampMs = d.timestampMs;
                            else if (typeof d.timestampMs === "object")
                                m.timestampMs = new $util.LongBits(d.timestampMs.low >>> 0, d.timestampMs.high >>> 0).toNumber();
                        }
                    }
                    if (d.nonce != null) {
                        if (d.nonce.length) {
                            if (typeof d.nonce === "string")
                                $util.base64.decode(d.nonce, m.nonce = $util.newBuffer($util.base64.length(d.nonce)), 0);
                            else if (d.nonce.length >= 0)
                                m.nonce = d.nonce;
                        }
                    }
                    if (d.bodyType != null) {
                        if (typeof d.bodyType !== "string" || d.bodyType.length) {
                            m.bodyType = $String(d.bodyType);
                        }
                    }
                    if (d.body != null) {
                        if (d.body.length) {
                            if (typeof d.body === "string")
                                $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                            else if (d.body.length >= 0)
                                m.body = d.body;
                        }
                    }
                    if (d.mac != null) {
                        if (d.mac.length) {
                            if (typeof d.mac === "string")
                                $util.base64.decode(d.mac, m.mac = $util.newBuffer($util.base64.length(d.mac)), 0);
                            else if (d.mac.length >= 0)
                                m.mac = d.mac;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {yibao.center.v1.Envelope} m Envelope
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Envelope.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.gatewayId = "";
                        d.keyId = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.timestampMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.timestampMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        if (o.bytes === $String)
                            d.nonce = "";
                        else {
                            d.nonce = [];
                            if (o.bytes !== $Array)
                                d.nonce = $util.newBuffer(d.nonce);
                        }
                        d.bodyType = "";
                        if (o.bytes === $String)
                            d.body = "";
                        else {
                            d.body = [];
                            if (o.bytes !== $Array)
                                d.body = $util.newBuffer(d.body);
                        }
                        if (o.bytes === $String)
                            d.mac = "";
                        else {
                            d.mac = [];
                            if (o.bytes !== $Array)
                                d.mac = $util.newBuffer(d.mac);
                        }
                    }
                    if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                        d.gatewayId = m.gatewayId;
                    }
                    if (m.keyId != null && $Object.hasOwnProperty.call(m, "keyId")) {
                        d.keyId = m.keyId;
                    }
                    if (m.timestampMs != null && $Object.hasOwnProperty.call(m, "timestampMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.timestampMs = typeof m.timestampMs === "number" ? $BigInt(m.timestampMs) : $util.Long.fromBits(m.timestampMs.low >>> 0, m.timestampMs.high >>> 0, false).toBigInt();
                        else if (typeof m.timestampMs === "number")
                            d.timestampMs = o.longs === $String ? $String(m.timestampMs) : m.timestampMs;
                        else
                            d.timestampMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timestampMs) : o.longs === $Number ? new $util.LongBits(m.timestampMs.low >>> 0, m.timestampMs.high >>> 0).toNumber() : m.timestampMs;
                    }
                    if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                        d.nonce = o.bytes === $String ? $util.base64.encode(m.nonce, 0, m.nonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nonce) : m.nonce;
                    }
                    if (m.bodyType != null && $Object.hasOwnProperty.call(m, "bodyType")) {
                        d.bodyType = m.bodyType;
                    }
                    if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                        d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
                    }
                    if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                        d.mac = o.bytes === $String ? $util.base64.encode(m.mac, 0, m.mac.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.mac) : m.mac;
                    }
                    return d;
                };

                /**
                 * Converts this Envelope to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Envelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Envelope.prototype.toJSON = function() {
                    return Envelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Envelope
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Envelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Envelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Envelope";
                };

                return Envelope;
            })();

            v1.CenterError = (function() {

                /**
                 * Properties of a CenterError.
                 * @typedef {Object} yibao.center.v1.CenterError.$Properties
                 * @property {string|null} [code] CenterError code
                 * @property {string|null} [message] CenterError message
                 * @property {number|null} [retryAfterS] CenterError retryAfterS
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CenterError.
                 * @memberof yibao.center.v1
                 * @interface ICenterError
                 * @augments yibao.center.v1.CenterError.$Properties
                 * @deprecated Use yibao.center.v1.CenterError.$Properties instead.
                 */

                /**
                 * Shape of a CenterError.
                 * @typedef {yibao.center.v1.CenterError.$Properties} yibao.center.v1.CenterError.$Shape
                 */

                /**
                 * Constructs a new CenterError.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a CenterError.
                 * @constructor
                 * @param {yibao.center.v1.CenterError.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CenterError = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CenterError code.
                 * @member {string} code
                 * @memberof yibao.center.v1.CenterError
                 * @instance
                 */
                CenterError.prototype.code = "";

                /**
                 * CenterError message.
                 * @member {string} message
                 * @memberof yibao.center.v1.CenterError
                 * @instance
                 */
                CenterError.prototype.message = "";

                /**
                 * CenterError retryAfterS.
                 * @member {number} retryAfterS
                 * @memberof yibao.center.v1.CenterError
                 * @instance
                 */
                CenterError.prototype.retryAfterS = 0;

                /**
                 * Creates a new CenterError instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {yibao.center.v1.CenterError.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.CenterError} CenterError instance
                 * @type {{
                 *   (properties: yibao.center.v1.CenterError.$Shape): yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape;
                 *   (properties?: yibao.center.v1.CenterError.$Properties): yibao.center.v1.CenterError;
                 * }}
                 */
                CenterError.create = function(properties) {
                    return new CenterError(properties);
                };

                /**
                 * Encodes the specified CenterError message. Does not implicitly {@link yibao.center.v1.CenterError.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {yibao.center.v1.CenterError.$Properties} m CenterError message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CenterError.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                    if (m.retryAfterS != null && $Object.hasOwnProperty.call(m, "retryAfterS") && m.retryAfterS !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.retryAfterS);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified CenterError message, length delimited. Does not implicitly {@link yibao.center.v1.CenterError.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {yibao.center.v1.CenterError.$Properties} message CenterError message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CenterError.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CenterError message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape} CenterError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CenterError.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.CenterError();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.code = v;
                                else
                                    delete m.code;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.message = v;
                                else
                                    delete m.message;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.retryAfterS = v;
                                else
                                    delete m.retryAfterS;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a CenterError message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape} CenterError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CenterError.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CenterError message.
                 * @function verify
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CenterError.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        if (!$util.isString(m.code))
                            return "code: string expected";
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        if (!$util.isString(m.message))
                            return "message: string expected";
                    }
                    if (m.retryAfterS != null && $Object.hasOwnProperty.call(m, "retryAfterS")) {
                        if (!$util.isInteger(m.retryAfterS))
                            return "retryAfterS: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a CenterError message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.CenterError} CenterError
                 */
                CenterError.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.CenterError)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.CenterError: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.CenterError();
                    if (d.code != null) {
                        if (typeof d.code !== "string" || d.code.length) {
                            m.code = $String(d.code);
                        }
                    }
                    if (d.message != null) {
                        if (typeof d.message !== "string" || d.message.length) {
                            m.message = $String(d.message);
                        }
                    }
                    if (d.retryAfterS != null) {
                        if ($Number(d.retryAfterS) !== 0) {
                            m.retryAfterS = d.retryAfterS >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CenterError message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {yibao.center.v1.CenterError} m CenterError
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CenterError.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.code = "";
                        d.message = "";
                        d.retryAfterS = 0;
                    }
                    if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                        d.code = m.code;
                    }
                    if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                        d.message = m.message;
                    }
                    if (m.retryAfterS != null && $Object.hasOwnProperty.call(m, "retryAfterS")) {
                        d.retryAfterS = m.retryAfterS;
                    }
                    return d;
                };

                /**
                 * Converts this CenterError to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.CenterError
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CenterError.prototype.toJSON = function() {
                    return CenterError.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CenterError
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.CenterError
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CenterError.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.CenterError";
                };

                return CenterError;
            })();

            v1.PersonQuery = (function() {

                /**
                 * Properties of a PersonQuery.
                 * @typedef {Object} yibao.center.v1.PersonQuery.$Properties
                 * @property {string|null} [psnNo] PersonQuery psnNo
                 * @property {string|null} [mdtrtCertType] PersonQuery mdtrtCertType
                 * @property {string|null} [mdtrtCertNo] PersonQuery mdtrtCertNo
                 * @property {string|null} [cardSn] PersonQuery cardSn
                 * @property {string|null} [insutype] PersonQuery insutype
                 * @property {number|null} [year] PersonQuery year
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PersonQuery.
                 * @memberof yibao.center.v1
                 * @interface IPersonQuery
                 * @augments yibao.center.v1.PersonQuery.$Properties
                 * @deprecated Use yibao.center.v1.PersonQuery.$Properties instead.
                 */

                /**
                 * Shape of a PersonQuery.
                 * @typedef {yibao.center.v1.PersonQuery.$Properties} yibao.center.v1.PersonQuery.$Shape
                 */

                /**
                 * Constructs a new PersonQuery.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a PersonQuery.
                 * @constructor
                 * @param {yibao.center.v1.PersonQuery.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PersonQuery = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PersonQuery psnNo.
                 * @member {string} psnNo
                 * @memberof yibao.center.v1.PersonQuery
                 * @instance
                 */
                PersonQuery.prototype.psnNo = "";

                /**
                 * PersonQuery mdtrtCertType.
                 * @member {string} mdtrtCertType
                 * @memberof yibao.center.v1.PersonQuery
                 * @instance
                 */
                PersonQuery.prototype.mdtrtCertType = "";

                /**
                 * PersonQuery mdtrtCertNo.
                 * @member {string} mdtrtCertNo
                 * @memberof yibao.center.v1.PersonQuery
                 * @instance
                 */
                PersonQuery.prototype.mdtrtCertNo = "";

                /**
                 * PersonQuery cardSn.
                 * @member {string} cardSn
                 * @memberof yibao.center.v1.PersonQuery
                 * @instance
                 */
                PersonQuery.prototype.cardSn = "";

                /**
                 * PersonQuery insutype.
                 * @member {string} insutype
                 * @memberof yibao.center.v1.PersonQuery
                 * @instance
                 */
                PersonQuery.prototype.insutype = "";

                /**
                 * PersonQuery year.
                 * @member {number} year
                 * @memberof yibao.center.v1.PersonQuery
                 * @instance
                 */
                PersonQuery.prototype.year = 0;

                /**
                 * Creates a new PersonQuery instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {yibao.center.v1.PersonQuery.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.PersonQuery} PersonQuery instance
                 * @type {{
                 *   (properties: yibao.center.v1.PersonQuery.$Shape): yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape;
                 *   (properties?: yibao.center.v1.PersonQuery.$Properties): yibao.center.v1.PersonQuery;
                 * }}
                 */
                PersonQuery.create = function(properties) {
                    return new PersonQuery(properties);
                };

                /**
                 * Encodes the specified PersonQuery message. Does not implicitly {@link yibao.center.v1.PersonQuery.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {yibao.center.v1.PersonQuery.$Properties} m PersonQuery message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PersonQuery.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo") && m.psnNo !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.psnNo);
                    if (m.mdtrtCertType != null && $Object.hasOwnProperty.call(m, "mdtrtCertType") && m.mdtrtCertType !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.mdtrtCertType);
                    if (m.mdtrtCertNo != null && $Object.hasOwnProperty.call(m, "mdtrtCertNo") && m.mdtrtCertNo !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.mdtrtCertNo);
                    if (m.cardSn != null && $Object.hasOwnProperty.call(m, "cardSn") && m.cardSn !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.cardSn);
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype") && m.insutype !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.insutype);
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year") && m.year !== 0)
                        w.uint32(/* id 6, wireType 0 =*/48).uint32(m.year);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified PersonQuery message, length delimited. Does not implicitly {@link yibao.center.v1.PersonQuery.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {yibao.center.v1.PersonQuery.$Properties} message PersonQuery message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PersonQuery.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PersonQuery message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape} PersonQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PersonQuery.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.PersonQuery();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnNo = v;
                                else
                                    delete m.psnNo;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.mdtrtCertType = v;
                                else
                                    delete m.mdtrtCertType;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.mdtrtCertNo = v;
                                else
                                    delete m.mdtrtCertNo;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.cardSn = v;
                                else
                                    delete m.cardSn;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.insutype = v;
                                else
                                    delete m.insutype;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.year = v;
                                else
                                    delete m.year;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a PersonQuery message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape} PersonQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PersonQuery.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PersonQuery message.
                 * @function verify
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PersonQuery.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo")) {
                        if (!$util.isString(m.psnNo))
                            return "psnNo: string expected";
                    }
                    if (m.mdtrtCertType != null && $Object.hasOwnProperty.call(m, "mdtrtCertType")) {
                        if (!$util.isString(m.mdtrtCertType))
                            return "mdtrtCertType: string expected";
                    }
                    if (m.mdtrtCertNo != null && $Object.hasOwnProperty.call(m, "mdtrtCertNo")) {
                        if (!$util.isString(m.mdtrtCertNo))
                            return "mdtrtCertNo: string expected";
                    }
                    if (m.cardSn != null && $Object.hasOwnProperty.call(m, "cardSn")) {
                        if (!$util.isString(m.cardSn))
                            return "cardSn: string expected";
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        if (!$util.isString(m.insutype))
                            return "insutype: string expected";
                    }
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        if (!$util.isInteger(m.year))
                            return "year: integer expected";
                    }
                    return null;
                };

                /**
                 * Creates a PersonQuery message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.PersonQuery} PersonQuery
                 */
                PersonQuery.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.PersonQuery)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.PersonQuery: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.PersonQuery();
                    if (d.psnNo != null) {
                        if (typeof d.psnNo !== "string" || d.psnNo.length) {
                            m.psnNo = $String(d.psnNo);
                        }
                    }
                    if (d.mdtrtCertType != null) {
                        if (typeof d.mdtrtCertType !== "string" || d.mdtrtCertType.length) {
                            m.mdtrtCertType = $String(d.mdtrtCertType);
                        }
                    }
                    if (d.mdtrtCertNo != null) {
                        if (typeof d.mdtrtCertNo !== "string" || d.mdtrtCertNo.length) {
                            m.mdtrtCertNo = $String(d.mdtrtCertNo);
                        }
                    }
                    if (d.cardSn != null) {
                        if (typeof d.cardSn !== "string" || d.cardSn.length) {
                            m.cardSn = $String(d.cardSn);
                        }
                    }
                    if (d.insutype != null) {
                        if (typeof d.insutype !== "string" || d.insutype.length) {
                            m.insutype = $String(d.insutype);
                        }
                    }
                    if (d.year != null) {
                        if ($Number(d.year) !== 0) {
                            m.year = d.year >>> 0;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PersonQuery message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {yibao.center.v1.PersonQuery} m PersonQuery
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PersonQuery.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.psnNo = "";
                        d.mdtrtCertType = "";
                        d.mdtrtCertNo = "";
                        d.cardSn = "";
                        d.insutype = "";
                        d.year = 0;
                    }
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo")) {
                        d.psnNo = m.psnNo;
                    }
                    if (m.mdtrtCertType != null && $Object.hasOwnProperty.call(m, "mdtrtCertType")) {
                        d.mdtrtCertType = m.mdtrtCertType;
                    }
                    if (m.mdtrtCertNo != null && $Object.hasOwnProperty.call(m, "mdtrtCertNo")) {
                        d.mdtrtCertNo = m.mdtrtCertNo;
                    }
                    if (m.cardSn != null && $Object.hasOwnProperty.call(m, "cardSn")) {
                        d.cardSn = m.cardSn;
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        d.insutype = m.insutype;
                    }
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        d.year = m.year;
                    }
                    return d;
                };

                /**
                 * Converts this PersonQuery to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.PersonQuery
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PersonQuery.prototype.toJSON = function() {
                    return PersonQuery.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PersonQuery
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.PersonQuery
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PersonQuery.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.PersonQuery";
                };

                return PersonQuery;
            })();

            /**
             * PersonStatus enum.
             * @name yibao.center.v1.PersonStatus
             * @enum {number}
             * @property {number} PERSON_STATUS_UNSPECIFIED=0 PERSON_STATUS_UNSPECIFIED value
             * @property {number} PERSON_STATUS_FOUND=1 PERSON_STATUS_FOUND value
             * @property {number} PERSON_STATUS_NOT_FOUND=2 PERSON_STATUS_NOT_FOUND value
             */
            v1.PersonStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "PERSON_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PERSON_STATUS_FOUND"] = 1;
                values[valuesById[2] = "PERSON_STATUS_NOT_FOUND"] = 2;
                return values;
            })();

            v1.Person = (function() {

                /**
                 * Properties of a Person.
                 * @typedef {Object} yibao.center.v1.Person.$Properties
                 * @property {string|null} [psnNo] Person psnNo
                 * @property {string|null} [psnName] Person psnName
                 * @property {string|null} [gend] Person gend
                 * @property {string|null} [brdy] Person brdy
                 * @property {string|null} [psnCertType] Person psnCertType
                 * @property {string|null} [certno] Person certno
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Person.
                 * @memberof yibao.center.v1
                 * @interface IPerson
                 * @augments yibao.center.v1.Person.$Properties
                 * @deprecated Use yibao.center.v1.Person.$Properties instead.
                 */

                /**
                 * Shape of a Person.
                 * @typedef {yibao.center.v1.Person.$Properties} yibao.center.v1.Person.$Shape
                 */

                /**
                 * Constructs a new Person.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a Person.
                 * @constructor
                 * @param {yibao.center.v1.Person.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Person = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Person psnNo.
                 * @member {string} psnNo
                 * @memberof yibao.center.v1.Person
                 * @instance
                 */
                Person.prototype.psnNo = "";

                /**
                 * Person psnName.
                 * @member {string} psnName
                 * @memberof yibao.center.v1.Person
                 * @instance
                 */
                Person.prototype.psnName = "";

                /**
                 * Person gend.
                 * @member {string} gend
                 * @memberof yibao.center.v1.Person
                 * @instance
                 */
                Person.prototype.gend = "";

                /**
                 * Person brdy.
                 * @member {string} brdy
                 * @memberof yibao.center.v1.Person
                 * @instance
                 */
                Person.prototype.brdy = "";

                /**
                 * Person psnCertType.
                 * @member {string} psnCertType
                 * @memberof yibao.center.v1.Person
                 * @instance
                 */
                Person.prototype.psnCertType = "";

                /**
                 * Person certno.
                 * @member {string} certno
                 * @memberof yibao.center.v1.Person
                 * @instance
                 */
                Person.prototype.certno = "";

                /**
                 * Creates a new Person instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {yibao.center.v1.Person.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Person} Person instance
                 * @type {{
                 *   (properties: yibao.center.v1.Person.$Shape): yibao.center.v1.Person & yibao.center.v1.Person.$Shape;
                 *   (properties?: yibao.center.v1.Person.$Properties): yibao.center.v1.Person;
                 * }}
                 */
                Person.create = function(properties) {
                    return new Person(properties);
                };

                /**
                 * Encodes the specified Person message. Does not implicitly {@link yibao.center.v1.Person.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {yibao.center.v1.Person.$Properties} m Person message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Person.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo") && m.psnNo !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.psnNo);
                    if (m.psnName != null && $Object.hasOwnProperty.call(m, "psnName") && m.psnName !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.psnName);
                    if (m.gend != null && $Object.hasOwnProperty.call(m, "gend") && m.gend !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.gend);
                    if (m.brdy != null && $Object.hasOwnProperty.call(m, "brdy") && m.brdy !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.brdy);
                    if (m.psnCertType != null && $Object.hasOwnProperty.call(m, "psnCertType") && m.psnCertType !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.psnCertType);
                    if (m.certno != null && $Object.hasOwnProperty.call(m, "certno") && m.certno !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.certno);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Person message, length delimited. Does not implicitly {@link yibao.center.v1.Person.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {yibao.center.v1.Person.$Properties} message Person message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Person.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Person message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Person & yibao.center.v1.Person.$Shape} Person
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Person.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Person();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnNo = v;
                                else
                                    delete m.psnNo;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnName = v;
                                else
                                    delete m.psnName;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.gend = v;
                                else
                                    delete m.gend;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.brdy = v;
                                else
                                    delete m.brdy;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnCertType = v;
                                else
                                    delete m.psnCertType;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.certno = v;
                                else
                                    delete m.certno;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Person message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Person & yibao.center.v1.Person.$Shape} Person
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Person.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Person message.
                 * @function verify
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Person.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo")) {
                        if (!$util.isString(m.psnNo))
                            return "psnNo: string expected";
                    }
                    if (m.psnName != null && $Object.hasOwnProperty.call(m, "psnName")) {
                        if (!$util.isString(m.psnName))
                            return "psnName: string expected";
                    }
                    if (m.gend != null && $Object.hasOwnProperty.call(m, "gend")) {
                        if (!$util.isString(m.gend))
                            return "gend: string expected";
                    }
                    if (m.brdy != null && $Object.hasOwnProperty.call(m, "brdy")) {
                        if (!$util.isString(m.brdy))
                            return "brdy: string expected";
                    }
                    if (m.psnCertType != null && $Object.hasOwnProperty.call(m, "psnCertType")) {
                        if (!$util.isString(m.psnCertType))
                            return "psnCertType: string expected";
                    }
                    if (m.certno != null && $Object.hasOwnProperty.call(m, "certno")) {
                        if (!$util.isString(m.certno))
                            return "certno: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Person message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Person} Person
                 */
                Person.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Person)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Person: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Person();
                    if (d.psnNo != null) {
                        if (typeof d.psnNo !== "string" || d.psnNo.length) {
                            m.psnNo = $String(d.psnNo);
                        }
                    }
                    if (d.psnName != null) {
                        if (typeof d.psnName !== "string" || d.psnName.length) {
                            m.psnName = $String(d.psnName);
                        }
                    }
                    if (d.gend != null) {
                        if (typeof d.gend !== "string" || d.gend.length) {
                            m.gend = $String(d.gend);
                        }
                    }
                    if (d.brdy != null) {
                        if (typeof d.brdy !== "string" || d.brdy.length) {
                            m.brdy = $String(d.brdy);
                        }
                    }
                    if (d.psnCertType != null) {
                        if (typeof d.psnCertType !== "string" || d.psnCertType.length) {
                            m.psnCertType = $String(d.psnCertType);
                        }
                    }
                    if (d.certno != null) {
                        if (typeof d.certno !== "string" || d.certno.length) {
                            m.certno = $String(d.certno);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Person message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {yibao.center.v1.Person} m Person
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Person.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.psnNo = "";
                        d.psnName = "";
                        d.gend = "";
                        d.brdy = "";
                        d.psnCertType = "";
                        d.certno = "";
                    }
                    if (m.psnNo != null && $Object.hasOwnProperty.call(m, "psnNo")) {
                        d.psnNo = m.psnNo;
                    }
                    if (m.psnName != null && $Object.hasOwnProperty.call(m, "psnName")) {
                        d.psnName = m.psnName;
                    }
                    if (m.gend != null && $Object.hasOwnProperty.call(m, "gend")) {
                        d.gend = m.gend;
                    }
                    if (m.brdy != null && $Object.hasOwnProperty.call(m, "brdy")) {
                        d.brdy = m.brdy;
                    }
                    if (m.psnCertType != null && $Object.hasOwnProperty.call(m, "psnCertType")) {
                        d.psnCertType = m.psnCertType;
                    }
                    if (m.certno != null && $Object.hasOwnProperty.call(m, "certno")) {
                        d.certno = m.certno;
                    }
                    return d;
                };

                /**
                 * Converts this Person to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Person
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Person.prototype.toJSON = function() {
                    return Person.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Person
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Person
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Person.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Person";
                };

                return Person;
            })();

            v1.Insurance = (function() {

                /**
                 * Properties of an Insurance.
                 * @typedef {Object} yibao.center.v1.Insurance.$Properties
                 * @property {string|null} [insutype] Insurance insutype
                 * @property {string|null} [psnType] Insurance psnType
                 * @property {string|null} [psnInsuStas] Insurance psnInsuStas
                 * @property {string|null} [insuplcAdmdvs] Insurance insuplcAdmdvs
                 * @property {string|null} [balc] Insurance balc
                 * @property {number|null} [contributionYears] Insurance contributionYears
                 * @property {string|null} [paidUntil] Insurance paidUntil
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Insurance.
                 * @memberof yibao.center.v1
                 * @interface IInsurance
                 * @augments yibao.center.v1.Insurance.$Properties
                 * @deprecated Use yibao.center.v1.Insurance.$Properties instead.
                 */

                /**
                 * Shape of an Insurance.
                 * @typedef {yibao.center.v1.Insurance.$Properties} yibao.center.v1.Insurance.$Shape
                 */

                /**
                 * Constructs a new Insurance.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an Insurance.
                 * @constructor
                 * @param {yibao.center.v1.Insurance.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Insurance = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Insurance insutype.
                 * @member {string} insutype
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 */
                Insurance.prototype.insutype = "";

                /**
                 * Insurance psnType.
                 * @member {string} psnType
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 */
                Insurance.prototype.psnType = "";

                /**
                 * Insurance psnInsuStas.
                 * @member {string} psnInsuStas
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 */
                Insurance.prototype.psnInsuStas = "";

                /**
                 * Insurance insuplcAdmdvs.
                 * @member {string} insuplcAdmdvs
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 */
                Insurance.prototype.insuplcAdmdvs = "";

                /**
                 * Insurance balc.
                 * @member {string} balc
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 */
                Insurance.prototype.balc = "";

                /**
                 * Insurance contributionYears.
                 * @member {number} contributionYears
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 */
                Insurance.prototype.contributionYears = 0;

                /**
                 * Insurance paidUntil.
                 * @member {string} paidUntil
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 */
                Insurance.prototype.paidUntil = "";

                /**
                 * Creates a new Insurance instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {yibao.center.v1.Insurance.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Insurance} Insurance instance
                 * @type {{
                 *   (properties: yibao.center.v1.Insurance.$Shape): yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape;
                 *   (properties?: yibao.center.v1.Insurance.$Properties): yibao.center.v1.Insurance;
                 * }}
                 */
                Insurance.create = function(properties) {
                    return new Insurance(properties);
                };

                /**
                 * Encodes the specified Insurance message. Does not implicitly {@link yibao.center.v1.Insurance.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {yibao.center.v1.Insurance.$Properties} m Insurance message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Insurance.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype") && m.insutype !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.insutype);
                    if (m.psnType != null && $Object.hasOwnProperty.call(m, "psnType") && m.psnType !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.psnType);
                    if (m.psnInsuStas != null && $Object.hasOwnProperty.call(m, "psnInsuStas") && m.psnInsuStas !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.psnInsuStas);
                    if (m.insuplcAdmdvs != null && $Object.hasOwnProperty.call(m, "insuplcAdmdvs") && m.insuplcAdmdvs !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.insuplcAdmdvs);
                    if (m.balc != null && $Object.hasOwnProperty.call(m, "balc") && m.balc !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.balc);
                    if (m.contributionYears != null && $Object.hasOwnProperty.call(m, "contributionYears") && m.contributionYears !== 0)
                        w.uint32(/* id 6, wireType 0 =*/48).uint32(m.contributionYears);
                    if (m.paidUntil != null && $Object.hasOwnProperty.call(m, "paidUntil") && m.paidUntil !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.paidUntil);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Insurance message, length delimited. Does not implicitly {@link yibao.center.v1.Insurance.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {yibao.center.v1.Insurance.$Properties} message Insurance message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Insurance.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Insurance message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape} Insurance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Insurance.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Insurance();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.insutype = v;
                                else
                                    delete m.insutype;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnType = v;
                                else
                                    delete m.psnType;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnInsuStas = v;
                                else
                                    delete m.psnInsuStas;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.insuplcAdmdvs = v;
                                else
                                    delete m.insuplcAdmdvs;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.balc = v;
                                else
                                    delete m.balc;
                                continue;
                            }
                        case 6: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.contributionYears = v;
                                else
                                    delete m.contributionYears;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.paidUntil = v;
                                else
                                    delete m.paidUntil;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an Insurance message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape} Insurance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Insurance.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Insurance message.
                 * @function verify
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Insurance.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        if (!$util.isString(m.insutype))
                            return "insutype: string expected";
                    }
                    if (m.psnType != null && $Object.hasOwnProperty.call(m, "psnType")) {
                        if (!$util.isString(m.psnType))
                            return "psnType: string expected";
                    }
                    if (m.psnInsuStas != null && $Object.hasOwnProperty.call(m, "psnInsuStas")) {
                        if (!$util.isString(m.psnInsuStas))
                            return "psnInsuStas: string expected";
                    }
                    if (m.insuplcAdmdvs != null && $Object.hasOwnProperty.call(m, "insuplcAdmdvs")) {
                        if (!$util.isString(m.insuplcAdmdvs))
                            return "insuplcAdmdvs: string expected";
                    }
                    if (m.balc != null && $Object.hasOwnProperty.call(m, "balc")) {
                        if (!$util.isString(m.balc))
                            return "balc: string expected";
                    }
                    if (m.contributionYears != null && $Object.hasOwnProperty.call(m, "contributionYears")) {
                        if (!$util.isInteger(m.contributionYears))
                            return "contributionYears: integer expected";
                    }
                    if (m.paidUntil != null && $Object.hasOwnProperty.call(m, "paidUntil")) {
                        if (!$util.isString(m.paidUntil))
                            return "paidUntil: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an Insurance message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Insurance} Insurance
                 */
                Insurance.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Insurance)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Insurance: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Insurance();
                    if (d.insutype != null) {
                        if (typeof d.insutype !== "string" || d.insutype.length) {
                            m.insutype = $String(d.insutype);
                        }
                    }
                    if (d.psnType != null) {
                        if (typeof d.psnType !== "string" || d.psnType.length) {
                            m.psnType = $String(d.psnType);
                        }
                    }
                    if (d.psnInsuStas != null) {
                        if (typeof d.psnInsuStas !== "string" || d.psnInsuStas.length) {
                            m.psnInsuStas = $String(d.psnInsuStas);
                        }
                    }
                    if (d.insuplcAdmdvs != null) {
                        if (typeof d.insuplcAdmdvs !== "string" || d.insuplcAdmdvs.length) {
                            m.insuplcAdmdvs = $String(d.insuplcAdmdvs);
                        }
                    }
                    if (d.balc != null) {
                        if (typeof d.balc !== "string" || d.balc.length) {
                            m.balc = $String(d.balc);
                        }
                    }
                    if (d.contributionYears != null) {
                        if ($Number(d.contributionYears) !== 0) {
                            m.contributionYears = d.contributionYears >>> 0;
                        }
                    }
                    if (d.paidUntil != null) {
                        if (typeof d.paidUntil !== "string" || d.paidUntil.length) {
                            m.paidUntil = $String(d.paidUntil);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Insurance message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {yibao.center.v1.Insurance} m Insurance
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Insurance.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.insutype = "";
                        d.psnType = "";
                        d.psnInsuStas = "";
                        d.insuplcAdmdvs = "";
                        d.balc = "";
                        d.contributionYears = 0;
                        d.paidUntil = "";
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        d.insutype = m.insutype;
                    }
                    if (m.psnType != null && $Object.hasOwnProperty.call(m, "psnType")) {
                        d.psnType = m.psnType;
                    }
                    if (m.psnInsuStas != null && $Object.hasOwnProperty.call(m, "psnInsuStas")) {
                        d.psnInsuStas = m.psnInsuStas;
                    }
                    if (m.insuplcAdmdvs != null && $Object.hasOwnProperty.call(m, "insuplcAdmdvs")) {
                        d.insuplcAdmdvs = m.insuplcAdmdvs;
                    }
                    if (m.balc != null && $Object.hasOwnProperty.call(m, "balc")) {
                        d.balc = m.balc;
                    }
                    if (m.contributionYears != null && $Object.hasOwnProperty.call(m, "contributionYears")) {
                        d.contributionYears = m.contributionYears;
                    }
                    if (m.paidUntil != null && $Object.hasOwnProperty.call(m, "paidUntil")) {
                        d.paidUntil = m.paidUntil;
                    }
                    return d;
                };

                /**
                 * Converts this Insurance to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Insurance
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Insurance.prototype.toJSON = function() {
                    return Insurance.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Insurance
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Insurance
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Insurance.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Insurance";
                };

                return Insurance;
            })();

            v1.Accumulators = (function() {

                /**
                 * Properties of an Accumulators.
                 * @typedef {Object} yibao.center.v1.Accumulators.$Properties
                 * @property {number|null} [year] Accumulators year
                 * @property {number|null} [inpatientAdmissions] Accumulators inpatientAdmissions
                 * @property {string|null} [fundPaid] Accumulators fundPaid
                 * @property {string|null} [deductiblePaid] Accumulators deductiblePaid
                 * @property {string|null} [inScope] Accumulators inScope
                 * @property {string|null} [specialOutpatientPaid] Accumulators specialOutpatientPaid
                 * @property {string|null} [outpatientPoolPaid] Accumulators outpatientPoolPaid
                 * @property {string|null} [criticalIllnessPaid] Accumulators criticalIllnessPaid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Accumulators.
                 * @memberof yibao.center.v1
                 * @interface IAccumulators
                 * @augments yibao.center.v1.Accumulators.$Properties
                 * @deprecated Use yibao.center.v1.Accumulators.$Properties instead.
                 */

                /**
                 * Shape of an Accumulators.
                 * @typedef {yibao.center.v1.Accumulators.$Properties} yibao.center.v1.Accumulators.$Shape
                 */

                /**
                 * Constructs a new Accumulators.
                 * @memberof yibao.center.v1
                 * @classdesc Represents an Accumulators.
                 * @constructor
                 * @param {yibao.center.v1.Accumulators.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Accumulators = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Accumulators year.
                 * @member {number} year
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.year = 0;

                /**
                 * Accumulators inpatientAdmissions.
                 * @member {number} inpatientAdmissions
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.inpatientAdmissions = 0;

                /**
                 * Accumulators fundPaid.
                 * @member {string} fundPaid
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.fundPaid = "";

                /**
                 * Accumulators deductiblePaid.
                 * @member {string} deductiblePaid
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.deductiblePaid = "";

                /**
                 * Accumulators inScope.
                 * @member {string} inScope
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.inScope = "";

                /**
                 * Accumulators specialOutpatientPaid.
                 * @member {string} specialOutpatientPaid
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.specialOutpatientPaid = "";

                /**
                 * Accumulators outpatientPoolPaid.
                 * @member {string} outpatientPoolPaid
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.outpatientPoolPaid = "";

                /**
                 * Accumulators criticalIllnessPaid.
                 * @member {string} criticalIllnessPaid
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 */
                Accumulators.prototype.criticalIllnessPaid = "";

                /**
                 * Creates a new Accumulators instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {yibao.center.v1.Accumulators.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Accumulators} Accumulators instance
                 * @type {{
                 *   (properties: yibao.center.v1.Accumulators.$Shape): yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape;
                 *   (properties?: yibao.center.v1.Accumulators.$Properties): yibao.center.v1.Accumulators;
                 * }}
                 */
                Accumulators.create = function(properties) {
                    return new Accumulators(properties);
                };

                /**
                 * Encodes the specified Accumulators message. Does not implicitly {@link yibao.center.v1.Accumulators.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {yibao.center.v1.Accumulators.$Properties} m Accumulators message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Accumulators.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year") && m.year !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).uint32(m.year);
                    if (m.inpatientAdmissions != null && $Object.hasOwnProperty.call(m, "inpatientAdmissions") && m.inpatientAdmissions !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).uint32(m.inpatientAdmissions);
                    if (m.fundPaid != null && $Object.hasOwnProperty.call(m, "fundPaid") && m.fundPaid !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.fundPaid);
                    if (m.deductiblePaid != null && $Object.hasOwnProperty.call(m, "deductiblePaid") && m.deductiblePaid !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.deductiblePaid);
                    if (m.inScope != null && $Object.hasOwnProperty.call(m, "inScope") && m.inScope !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.inScope);
                    if (m.specialOutpatientPaid != null && $Object.hasOwnProperty.call(m, "specialOutpatientPaid") && m.specialOutpatientPaid !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.specialOutpatientPaid);
                    if (m.outpatientPoolPaid != null && $Object.hasOwnProperty.call(m, "outpatientPoolPaid") && m.outpatientPoolPaid !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.outpatientPoolPaid);
                    if (m.criticalIllnessPaid != null && $Object.hasOwnProperty.call(m, "criticalIllnessPaid") && m.criticalIllnessPaid !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.criticalIllnessPaid);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Accumulators message, length delimited. Does not implicitly {@link yibao.center.v1.Accumulators.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {yibao.center.v1.Accumulators.$Properties} message Accumulators message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Accumulators.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Accumulators message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape} Accumulators
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Accumulators.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Accumulators();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.year = v;
                                else
                                    delete m.year;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.inpatientAdmissions = v;
                                else
                                    delete m.inpatientAdmissions;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fundPaid = v;
                                else
                                    delete m.fundPaid;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.deductiblePaid = v;
                                else
                                    delete m.deductiblePaid;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.inScope = v;
                                else
                                    delete m.inScope;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.specialOutpatientPaid = v;
                                else
                                    delete m.specialOutpatientPaid;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.outpatientPoolPaid = v;
                                else
                                    delete m.outpatientPoolPaid;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.criticalIllnessPaid = v;
                                else
                                    delete m.criticalIllnessPaid;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes an Accumulators message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape} Accumulators
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Accumulators.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Accumulators message.
                 * @function verify
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Accumulators.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        if (!$util.isInteger(m.year))
                            return "year: integer expected";
                    }
                    if (m.inpatientAdmissions != null && $Object.hasOwnProperty.call(m, "inpatientAdmissions")) {
                        if (!$util.isInteger(m.inpatientAdmissions))
                            return "inpatientAdmissions: integer expected";
                    }
                    if (m.fundPaid != null && $Object.hasOwnProperty.call(m, "fundPaid")) {
                        if (!$util.isString(m.fundPaid))
                            return "fundPaid: string expected";
                    }
                    if (m.deductiblePaid != null && $Object.hasOwnProperty.call(m, "deductiblePaid")) {
                        if (!$util.isString(m.deductiblePaid))
                            return "deductiblePaid: string expected";
                    }
                    if (m.inScope != null && $Object.hasOwnProperty.call(m, "inScope")) {
                        if (!$util.isString(m.inScope))
                            return "inScope: string expected";
                    }
                    if (m.specialOutpatientPaid != null && $Object.hasOwnProperty.call(m, "specialOutpatientPaid")) {
                        if (!$util.isString(m.specialOutpatientPaid))
                            return "specialOutpatientPaid: string expected";
                    }
                    if (m.outpatientPoolPaid != null && $Object.hasOwnProperty.call(m, "outpatientPoolPaid")) {
                        if (!$util.isString(m.outpatientPoolPaid))
                            return "outpatientPoolPaid: string expected";
                    }
                    if (m.criticalIllnessPaid != null && $Object.hasOwnProperty.call(m, "criticalIllnessPaid")) {
                        if (!$util.isString(m.criticalIllnessPaid))
                            return "criticalIllnessPaid: string expected";
                    }
                    return null;
                };

                /**
                 * Creates an Accumulators message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Accumulators} Accumulators
                 */
                Accumulators.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Accumulators)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Accumulators: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Accumulators();
                    if (d.year != null) {
                        if ($Number(d.year) !== 0) {
                            m.year = d.year >>> 0;
                        }
                    }
                    if (d.inpatientAdmissions != null) {
                        if ($Number(d.inpatientAdmissions) !== 0) {
                            m.inpatientAdmissions = d.inpatientAdmissions >>> 0;
                        }
                    }
                    if (d.fundPaid != null) {
                        if (typeof d.fundPaid !== "string" || d.fundPaid.length) {
                            m.fundPaid = $String(d.fundPaid);
                        }
                    }
                    if (d.deductiblePaid != null) {
                        if (typeof d.deductiblePaid !== "string" || d.deductiblePaid.length) {
                            m.deductiblePaid = $String(d.deductiblePaid);
                        }
                    }
                    if (d.inScope != null) {
                        if (typeof d.inScope !== "string" || d.inScope.length) {
                            m.inScope = $String(d.inScope);
                        }
                    }
                    if (d.specialOutpatientPaid != null) {
                        if (typeof d.specialOutpatientPaid !== "string" || d.specialOutpatientPaid.length) {
                            m.specialOutpatientPaid = $String(d.specialOutpatientPaid);
                        }
                    }
                    if (d.outpatientPoolPaid != null) {
                        if (typeof d.outpatientPoolPaid !== "string" || d.outpatientPoolPaid.length) {
                            m.outpatientPoolPaid = $String(d.outpatientPoolPaid);
                        }
                    }
                    if (d.criticalIllnessPaid != null) {
                        if (typeof d.criticalIllnessPaid !== "string" || d.criticalIllnessPaid.length) {
                            m.criticalIllnessPaid = $String(d.criticalIllnessPaid);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from an Accumulators message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {yibao.center.v1.Accumulators} m Accumulators
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Accumulators.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.year = 0;
                        d.inpatientAdmissions = 0;
                        d.fundPaid = "";
                        d.deductiblePaid = "";
                        d.inScope = "";
                        d.specialOutpatientPaid = "";
                        d.outpatientPoolPaid = "";
                        d.criticalIllnessPaid = "";
                    }
                    if (m.year != null && $Object.hasOwnProperty.call(m, "year")) {
                        d.year = m.year;
                    }
                    if (m.inpatientAdmissions != null && $Object.hasOwnProperty.call(m, "inpatientAdmissions")) {
                        d.inpatientAdmissions = m.inpatientAdmissions;
                    }
                    if (m.fundPaid != null && $Object.hasOwnProperty.call(m, "fundPaid")) {
                        d.fundPaid = m.fundPaid;
                    }
                    if (m.deductiblePaid != null && $Object.hasOwnProperty.call(m, "deductiblePaid")) {
                        d.deductiblePaid = m.deductiblePaid;
                    }
                    if (m.inScope != null && $Object.hasOwnProperty.call(m, "inScope")) {
                        d.inScope = m.inScope;
                    }
                    if (m.specialOutpatientPaid != null && $Object.hasOwnProperty.call(m, "specialOutpatientPaid")) {
                        d.specialOutpatientPaid = m.specialOutpatientPaid;
                    }
                    if (m.outpatientPoolPaid != null && $Object.hasOwnProperty.call(m, "outpatientPoolPaid")) {
                        d.outpatientPoolPaid = m.outpatientPoolPaid;
                    }
                    if (m.criticalIllnessPaid != null && $Object.hasOwnProperty.call(m, "criticalIllnessPaid")) {
                        d.criticalIllnessPaid = m.criticalIllnessPaid;
                    }
                    return d;
                };

                /**
                 * Converts this Accumulators to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Accumulators
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Accumulators.prototype.toJSON = function() {
                    return Accumulators.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Accumulators
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Accumulators
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Accumulators.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Accumulators";
                };

                return Accumulators;
            })();

            v1.PersonReply = (function() {

                /**
                 * Properties of a PersonReply.
                 * @typedef {Object} yibao.center.v1.PersonReply.$Properties
                 * @property {yibao.center.v1.PersonStatus|null} [status] PersonReply status
                 * @property {yibao.center.v1.Person.$Properties|null} [person] PersonReply person
                 * @property {Array.<yibao.center.v1.Insurance.$Properties>|null} [insuinfo] PersonReply insuinfo
                 * @property {yibao.center.v1.Accumulators.$Properties|null} [accumulators] PersonReply accumulators
                 * @property {boolean|null} [eligible] PersonReply eligible
                 * @property {string|null} [ineligibleReason] PersonReply ineligibleReason
                 * @property {number|Long|null} [asOfMs] PersonReply asOfMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PersonReply.
                 * @memberof yibao.center.v1
                 * @interface IPersonReply
                 * @augments yibao.center.v1.PersonReply.$Properties
                 * @deprecated Use yibao.center.v1.PersonReply.$Properties instead.
                 */

                /**
                 * Shape of a PersonReply.
                 * @typedef {yibao.center.v1.PersonReply.$Properties} yibao.center.v1.PersonReply.$Shape
                 */

                /**
                 * Constructs a new PersonReply.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a PersonReply.
                 * @constructor
                 * @param {yibao.center.v1.PersonReply.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PersonReply = function (p) {
                    this.insuinfo = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PersonReply status.
                 * @member {yibao.center.v1.PersonStatus} status
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 */
                PersonReply.prototype.status = 0;

                /**
                 * PersonReply person.
                 * @member {yibao.center.v1.Person.$Properties|null|undefined} person
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 */
                PersonReply.prototype.person = null;

                /**
                 * PersonReply insuinfo.
                 * @member {Array.<yibao.center.v1.Insurance.$Properties>} insuinfo
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 */
                PersonReply.prototype.insuinfo = $util.emptyArray;

                /**
                 * PersonReply accumulators.
                 * @member {yibao.center.v1.Accumulators.$Properties|null|undefined} accumulators
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 */
                PersonReply.prototype.accumulators = null;

                /**
                 * PersonReply eligible.
                 * @member {boolean} eligible
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 */
                PersonReply.prototype.eligible = false;

                /**
                 * PersonReply ineligibleReason.
                 * @member {string} ineligibleReason
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 */
                PersonReply.prototype.ineligibleReason = "";

                /**
                 * PersonReply asOfMs.
                 * @member {number|Long} asOfMs
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 */
                PersonReply.prototype.asOfMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new PersonReply instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {yibao.center.v1.PersonReply.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.PersonReply} PersonReply instance
                 * @type {{
                 *   (properties: yibao.center.v1.PersonReply.$Shape): yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape;
                 *   (properties?: yibao.center.v1.PersonReply.$Properties): yibao.center.v1.PersonReply;
                 * }}
                 */
                PersonReply.create = function(properties) {
                    return new PersonReply(properties);
                };

                /**
                 * Encodes the specified PersonReply message. Does not implicitly {@link yibao.center.v1.PersonReply.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {yibao.center.v1.PersonReply.$Properties} m PersonReply message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PersonReply.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.status);
                    if (m.person != null && $Object.hasOwnProperty.call(m, "person"))
                        $root.yibao.center.v1.Person.encode(m.person, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (m.insuinfo != null && m.insuinfo.length) {
                        for (var i = 0; i < m.insuinfo.length; ++i)
                            $root.yibao.center.v1.Insurance.encode(m.insuinfo[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.accumulators != null && $Object.hasOwnProperty.call(m, "accumulators"))
                        $root.yibao.center.v1.Accumulators.encode(m.accumulators, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible") && m.eligible !== false)
                        w.uint32(/* id 5, wireType 0 =*/40).bool(m.eligible);
                    if (m.ineligibleReason != null && $Object.hasOwnProperty.call(m, "ineligibleReason") && m.ineligibleReason !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.ineligibleReason);
                    if (m.asOfMs != null && $Object.hasOwnProperty.call(m, "asOfMs") && (typeof m.asOfMs === "object" ? m.asOfMs.low || m.asOfMs.high : m.asOfMs !== 0))
                        w.uint32(/* id 7, wireType 0 =*/56).int64(m.asOfMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified PersonReply message, length delimited. Does not implicitly {@link yibao.center.v1.PersonReply.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {yibao.center.v1.PersonReply.$Properties} message PersonReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PersonReply.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PersonReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape} PersonReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PersonReply.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.PersonReply();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.status = v;
                                else
                                    delete m.status;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.person = $root.yibao.center.v1.Person.decode(r, r.size(), $undefined, q + 1, m.person);
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.insuinfo && m.insuinfo.length))
                                    m.insuinfo = [];
                                m.insuinfo.push($root.yibao.center.v1.Insurance.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.accumulators = $root.yibao.center.v1.Accumulators.decode(r, r.size(), $undefined, q + 1, m.accumulators);
                                continue;
                            }
                        case 5: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.eligible = v;
                                else
                                    delete m.eligible;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.ineligibleReason = v;
                                else
                                    delete m.ineligibleReason;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.asOfMs = v;
                                else
                                    delete m.asOfMs;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a PersonReply message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape} PersonReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PersonReply.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PersonReply message.
                 * @function verify
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PersonReply.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                            return "status: enum value expected";
                    }
                    if (m.person != null && $Object.hasOwnProperty.call(m, "person")) {
                        {
                            var e = $root.yibao.center.v1.Person.verify(m.person, q + 1);
                            if (e)
                                return "person." + e;
                        }
                    }
                    if (m.insuinfo != null && $Object.hasOwnProperty.call(m, "insuinfo")) {
                        if (!$Array.isArray(m.insuinfo))
                            return "insuinfo: array expected";
                        for (var i = 0; i < m.insuinfo.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.Insurance.verify(m.insuinfo[i], q + 1);
                                if (e)
                                    return "insuinfo." + e;
                            }
                        }
                    }
                    if (m.accumulators != null && $Object.hasOwnProperty.call(m, "accumulators")) {
                        {
                            var e = $root.yibao.center.v1.Accumulators.verify(m.accumulators, q + 1);
                            if (e)
                                return "accumulators." + e;
                        }
                    }
                    if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible")) {
                        if (typeof m.eligible !== "boolean")
                            return "eligible: boolean expected";
                    }
                    if (m.ineligibleReason != null && $Object.hasOwnProperty.call(m, "ineligibleReason")) {
                        if (!$util.isString(m.ineligibleReason))
                            return "ineligibleReason: string expected";
                    }
                    if (m.asOfMs != null && $Object.hasOwnProperty.call(m, "asOfMs")) {
                        if (!$util.isInteger(m.asOfMs) && !(m.asOfMs && $util.isInteger(m.asOfMs.low) && $util.isInteger(m.asOfMs.high)))
                            return "asOfMs: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a PersonReply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.PersonReply} PersonReply
                 */
                PersonReply.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.PersonReply)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.PersonReply: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.PersonReply();
                    if (d.status !== 0 && (typeof d.status !== "string" || $root.yibao.center.v1.PersonStatus[d.status] !== 0)) {
                        switch (d.status) {
                        case "PERSON_STATUS_UNSPECIFIED":
                        case 0:
                            m.status = 0;
                            break;
                        case "PERSON_STATUS_FOUND":
                        case 1:
                            m.status = 1;
                            break;
                        case "PERSON_STATUS_NOT_FOUND":
                        case 2:
                            m.status = 2;
                            break;
                        default:
                            if (typeof d.status === "number" && (d.status | 0) === d.status)
                                m.status = d.status;
                        }
                    }
                    if (d.person != null) {
                        if (!$util.isObject(d.person))
                            throw $TypeError(".yibao.center.v1.PersonReply.person: object expected");
                        m.person = $root.yibao.center.v1.Person.fromObject(d.person, q + 1);
                    }
                    if (d.insuinfo) {
                        if (!$Array.isArray(d.insuinfo))
                            throw $TypeError(".yibao.center.v1.PersonReply.insuinfo: array expected");
                        m.insuinfo = $Array(d.insuinfo.length);
                        for (var i = 0; i < d.insuinfo.length; ++i) {
                            if (!$util.isObject(d.insuinfo[i]))
                                throw $TypeError(".yibao.center.v1.PersonReply.insuinfo: object expected");
                            m.insuinfo[i] = $root.yibao.center.v1.Insurance.fromObject(d.insuinfo[i], q + 1);
                        }
                    }
                    if (d.accumulators != null) {
                        if (!$util.isObject(d.accumulators))
                            throw $TypeError(".yibao.center.v1.PersonReply.accumulators: object expected");
                        m.accumulators = $root.yibao.center.v1.Accumulators.fromObject(d.accumulators, q + 1);
                    }
                    if (d.eligible != null) {
                        if (d.eligible) {
                            m.eligible = $Boolean(d.eligible);
                        }
                    }
                    if (d.ineligibleReason != null) {
                        if (typeof d.ineligibleReason !== "string" || d.ineligibleReason.length) {
                            m.ineligibleReason = $String(d.ineligibleReason);
                        }
                    }
                    if (d.asOfMs != null) {
                        if (typeof d.asOfMs === "object" ? d.asOfMs.low || d.asOfMs.high : $Number(d.asOfMs) !== 0) {
                            if ($util.Long)
                                m.asOfMs = $util.Long.fromValue(d.asOfMs, false);
                            else if (typeof d.asOfMs === "string")
                                m.asOfMs = $parseInt(d.asOfMs, 10);
                            else if (typeof d.asOfMs === "number")
                                m.asOfMs = d.asOfMs;
                            else if (typeof d.asOfMs === "object")
                                m.asOfMs = new $util.LongBits(d.asOfMs.low >>> 0, d.asOfMs.high >>> 0).toNumber();
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PersonReply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {yibao.center.v1.PersonReply} m PersonReply
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PersonReply.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.insuinfo = [];
                    }
                    if (o.defaults) {
                        d.status = o.enums === $String ? "PERSON_STATUS_UNSPECIFIED" : 0;
                        d.person = null;
                        d.accumulators = null;
                        d.eligible = false;
                        d.ineligibleReason = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.asOfMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.asOfMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                        d.status = o.enums === $String ? $root.yibao.center.v1.PersonStatus[m.status] === $undefined ? m.status : $root.yibao.center.v1.PersonStatus[m.status] : m.status;
                    }
                    if (m.person != null && $Object.hasOwnProperty.call(m, "person")) {
                        d.person = $root.yibao.center.v1.Person.toObject(m.person, o, q + 1);
                    }
                    if (m.insuinfo && m.insuinfo.length) {
                        d.insuinfo = $Array(m.insuinfo.length);
                        for (var j = 0; j < m.insuinfo.length; ++j) {
                            d.insuinfo[j] = $root.yibao.center.v1.Insurance.toObject(m.insuinfo[j], o, q + 1);
                        }
                    }
                    if (m.accumulators != null && $Object.hasOwnProperty.call(m, "accumulators")) {
                        d.accumulators = $root.yibao.center.v1.Accumulators.toObject(m.accumulators, o, q + 1);
                    }
                    if (m.eligible != null && $Object.hasOwnProperty.call(m, "eligible")) {
                        d.eligible = m.eligible;
                    }
                    if (m.ineligibleReason != null && $Object.hasOwnProperty.call(m, "ineligibleReason")) {
                        d.ineligibleReason = m.ineligibleReason;
                    }
                    if (m.asOfMs != null && $Object.hasOwnProperty.call(m, "asOfMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.asOfMs = typeof m.asOfMs === "number" ? $BigInt(m.asOfMs) : $util.Long.fromBits(m.asOfMs.low >>> 0, m.asOfMs.high >>> 0, false).toBigInt();
                        else if (typeof m.asOfMs === "number")
                            d.asOfMs = o.longs === $String ? $String(m.asOfMs) : m.asOfMs;
                        else
                            d.asOfMs = o.longs === $String ? $util.Long.prototype.toString.call(m.asOfMs) : o.longs === $Number ? new $util.LongBits(m.asOfMs.low >>> 0, m.asOfMs.high >>> 0).toNumber() : m.asOfMs;
                    }
                    return d;
                };

                /**
                 * Converts this PersonReply to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.PersonReply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PersonReply.prototype.toJSON = function() {
                    return PersonReply.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PersonReply
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.PersonReply
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PersonReply.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.PersonReply";
                };

                return PersonReply;
            })();

            v1.Totals = (function() {

                /**
                 * Properties of a Totals.
                 * @typedef {Object} yibao.center.v1.Totals.$Properties
                 * @property {string|null} [insutype] Totals insutype
                 * @property {number|null} [count] Totals count
                 * @property {string|null} [medfeeSumamt] Totals medfeeSumamt
                 * @property {string|null} [fundPaySumamt] Totals fundPaySumamt
                 * @property {string|null} [acctPay] Totals acctPay
                 * @property {string|null} [psnCashPay] Totals psnCashPay
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Totals.
                 * @memberof yibao.center.v1
                 * @interface ITotals
                 * @augments yibao.center.v1.Totals.$Properties
                 * @deprecated Use yibao.center.v1.Totals.$Properties instead.
                 */

                /**
                 * Shape of a Totals.
                 * @typedef {yibao.center.v1.Totals.$Properties} yibao.center.v1.Totals.$Shape
                 */

                /**
                 * Constructs a new Totals.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a Totals.
                 * @constructor
                 * @param {yibao.center.v1.Totals.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Totals = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Totals insutype.
                 * @member {string} insutype
                 * @memberof yibao.center.v1.Totals
                 * @instance
                 */
                Totals.prototype.insutype = "";

                /**
                 * Totals count.
                 * @member {number} count
                 * @memberof yibao.center.v1.Totals
                 * @instance
                 */
                Totals.prototype.count = 0;

                /**
                 * Totals medfeeSumamt.
                 * @member {string} medfeeSumamt
                 * @memberof yibao.center.v1.Totals
                 * @instance
                 */
                Totals.prototype.medfeeSumamt = "";

                /**
                 * Totals fundPaySumamt.
                 * @member {string} fundPaySumamt
                 * @memberof yibao.center.v1.Totals
                 * @instance
                 */
                Totals.prototype.fundPaySumamt = "";

                /**
                 * Totals acctPay.
                 * @member {string} acctPay
                 * @memberof yibao.center.v1.Totals
                 * @instance
                 */
                Totals.prototype.acctPay = "";

                /**
                 * Totals psnCashPay.
                 * @member {string} psnCashPay
                 * @memberof yibao.center.v1.Totals
                 * @instance
                 */
                Totals.prototype.psnCashPay = "";

                /**
                 * Creates a new Totals instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {yibao.center.v1.Totals.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Totals} Totals instance
                 * @type {{
                 *   (properties: yibao.center.v1.Totals.$Shape): yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape;
                 *   (properties?: yibao.center.v1.Totals.$Properties): yibao.center.v1.Totals;
                 * }}
                 */
                Totals.create = function(properties) {
                    return new Totals(properties);
                };

                /**
                 * Encodes the specified Totals message. Does not implicitly {@link yibao.center.v1.Totals.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {yibao.center.v1.Totals.$Properties} m Totals message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Totals.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype") && m.insutype !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.insutype);
                    if (m.count != null && $Object.hasOwnProperty.call(m, "count") && m.count !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.count);
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt") && m.medfeeSumamt !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.medfeeSumamt);
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt") && m.fundPaySumamt !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.fundPaySumamt);
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay") && m.acctPay !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.acctPay);
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay") && m.psnCashPay !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.psnCashPay);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Totals message, length delimited. Does not implicitly {@link yibao.center.v1.Totals.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {yibao.center.v1.Totals.$Properties} message Totals message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Totals.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Totals message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape} Totals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Totals.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Totals();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.insutype = v;
                                else
                                    delete m.insutype;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.count = v;
                                else
                                    delete m.count;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medfeeSumamt = v;
                                else
                                    delete m.medfeeSumamt;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fundPaySumamt = v;
                                else
                                    delete m.fundPaySumamt;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.acctPay = v;
                                else
                                    delete m.acctPay;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnCashPay = v;
                                else
                                    delete m.psnCashPay;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Totals message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape} Totals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Totals.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Totals message.
                 * @function verify
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Totals.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        if (!$util.isString(m.insutype))
                            return "insutype: string expected";
                    }
                    if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                        if (!$util.isInteger(m.count))
                            return "count: integer expected";
                    }
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt")) {
                        if (!$util.isString(m.medfeeSumamt))
                            return "medfeeSumamt: string expected";
                    }
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt")) {
                        if (!$util.isString(m.fundPaySumamt))
                            return "fundPaySumamt: string expected";
                    }
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay")) {
                        if (!$util.isString(m.acctPay))
                            return "acctPay: string expected";
                    }
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay")) {
                        if (!$util.isString(m.psnCashPay))
                            return "psnCashPay: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a Totals message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Totals} Totals
                 */
                Totals.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Totals)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Totals: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Totals();
                    if (d.insutype != null) {
                        if (typeof d.insutype !== "string" || d.insutype.length) {
                            m.insutype = $String(d.insutype);
                        }
                    }
                    if (d.count != null) {
                        if ($Number(d.count) !== 0) {
                            m.count = d.count | 0;
                        }
                    }
                    if (d.medfeeSumamt != null) {
                        if (typeof d.medfeeSumamt !== "string" || d.medfeeSumamt.length) {
                            m.medfeeSumamt = $String(d.medfeeSumamt);
                        }
                    }
                    if (d.fundPaySumamt != null) {
                        if (typeof d.fundPaySumamt !== "string" || d.fundPaySumamt.length) {
                            m.fundPaySumamt = $String(d.fundPaySumamt);
                        }
                    }
                    if (d.acctPay != null) {
                        if (typeof d.acctPay !== "string" || d.acctPay.length) {
                            m.acctPay = $String(d.acctPay);
                        }
                    }
                    if (d.psnCashPay != null) {
                        if (typeof d.psnCashPay !== "string" || d.psnCashPay.length) {
                            m.psnCashPay = $String(d.psnCashPay);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Totals message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {yibao.center.v1.Totals} m Totals
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Totals.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.insutype = "";
                        d.count = 0;
                        d.medfeeSumamt = "";
                        d.fundPaySumamt = "";
                        d.acctPay = "";
                        d.psnCashPay = "";
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        d.insutype = m.insutype;
                    }
                    if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                        d.count = m.count;
                    }
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt")) {
                        d.medfeeSumamt = m.medfeeSumamt;
                    }
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt")) {
                        d.fundPaySumamt = m.fundPaySumamt;
                    }
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay")) {
                        d.acctPay = m.acctPay;
                    }
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay")) {
                        d.psnCashPay = m.psnCashPay;
                    }
                    return d;
                };

                /**
                 * Converts this Totals to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Totals
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Totals.prototype.toJSON = function() {
                    return Totals.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Totals
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Totals
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Totals.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Totals";
                };

                return Totals;
            })();

            v1.DetailLine = (function() {

                /**
                 * Properties of a DetailLine.
                 * @typedef {Object} yibao.center.v1.DetailLine.$Properties
                 * @property {string|null} [recordId] DetailLine recordId
                 * @property {string|null} [setlId] DetailLine setlId
                 * @property {string|null} [insutype] DetailLine insutype
                 * @property {boolean|null} [cancellation] DetailLine cancellation
                 * @property {string|null} [medfeeSumamt] DetailLine medfeeSumamt
                 * @property {string|null} [fundPaySumamt] DetailLine fundPaySumamt
                 * @property {string|null} [acctPay] DetailLine acctPay
                 * @property {string|null} [psnCashPay] DetailLine psnCashPay
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DetailLine.
                 * @memberof yibao.center.v1
                 * @interface IDetailLine
                 * @augments yibao.center.v1.DetailLine.$Properties
                 * @deprecated Use yibao.center.v1.DetailLine.$Properties instead.
                 */

                /**
                 * Shape of a DetailLine.
                 * @typedef {yibao.center.v1.DetailLine.$Properties} yibao.center.v1.DetailLine.$Shape
                 */

                /**
                 * Constructs a new DetailLine.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a DetailLine.
                 * @constructor
                 * @param {yibao.center.v1.DetailLine.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DetailLine = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DetailLine recordId.
                 * @member {string} recordId
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.recordId = "";

                /**
                 * DetailLine setlId.
                 * @member {string} setlId
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.setlId = "";

                /**
                 * DetailLine insutype.
                 * @member {string} insutype
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.insutype = "";

                /**
                 * DetailLine cancellation.
                 * @member {boolean} cancellation
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.cancellation = false;

                /**
                 * DetailLine medfeeSumamt.
                 * @member {string} medfeeSumamt
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.medfeeSumamt = "";

                /**
                 * DetailLine fundPaySumamt.
                 * @member {string} fundPaySumamt
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.fundPaySumamt = "";

                /**
                 * DetailLine acctPay.
                 * @member {string} acctPay
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.acctPay = "";

                /**
                 * DetailLine psnCashPay.
                 * @member {string} psnCashPay
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 */
                DetailLine.prototype.psnCashPay = "";

                /**
                 * Creates a new DetailLine instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {yibao.center.v1.DetailLine.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.DetailLine} DetailLine instance
                 * @type {{
                 *   (properties: yibao.center.v1.DetailLine.$Shape): yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape;
                 *   (properties?: yibao.center.v1.DetailLine.$Properties): yibao.center.v1.DetailLine;
                 * }}
                 */
                DetailLine.create = function(properties) {
                    return new DetailLine(properties);
                };

                /**
                 * Encodes the specified DetailLine message. Does not implicitly {@link yibao.center.v1.DetailLine.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {yibao.center.v1.DetailLine.$Properties} m DetailLine message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DetailLine.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId") && m.recordId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.recordId);
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId") && m.setlId !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.setlId);
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype") && m.insutype !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.insutype);
                    if (m.cancellation != null && $Object.hasOwnProperty.call(m, "cancellation") && m.cancellation !== false)
                        w.uint32(/* id 4, wireType 0 =*/32).bool(m.cancellation);
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt") && m.medfeeSumamt !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.medfeeSumamt);
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt") && m.fundPaySumamt !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.fundPaySumamt);
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay") && m.acctPay !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.acctPay);
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay") && m.psnCashPay !== "")
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.psnCashPay);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified DetailLine message, length delimited. Does not implicitly {@link yibao.center.v1.DetailLine.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {yibao.center.v1.DetailLine.$Properties} message DetailLine message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DetailLine.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DetailLine message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape} DetailLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DetailLine.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.DetailLine();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.recordId = v;
                                else
                                    delete m.recordId;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.setlId = v;
                                else
                                    delete m.setlId;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.insutype = v;
                                else
                                    delete m.insutype;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.cancellation = v;
                                else
                                    delete m.cancellation;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medfeeSumamt = v;
                                else
                                    delete m.medfeeSumamt;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.fundPaySumamt = v;
                                else
                                    delete m.fundPaySumamt;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.acctPay = v;
                                else
                                    delete m.acctPay;
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.psnCashPay = v;
                                else
                                    delete m.psnCashPay;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a DetailLine message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape} DetailLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DetailLine.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DetailLine message.
                 * @function verify
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DetailLine.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        if (!$util.isString(m.recordId))
                            return "recordId: string expected";
                    }
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        if (!$util.isString(m.setlId))
                            return "setlId: string expected";
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        if (!$util.isString(m.insutype))
                            return "insutype: string expected";
                    }
                    if (m.cancellation != null && $Object.hasOwnProperty.call(m, "cancellation")) {
                        if (typeof m.cancellation !== "boolean")
                            return "cancellation: boolean expected";
                    }
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt")) {
                        if (!$util.isString(m.medfeeSumamt))
                            return "medfeeSumamt: string expected";
                    }
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt")) {
                        if (!$util.isString(m.fundPaySumamt))
                            return "fundPaySumamt: string expected";
                    }
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay")) {
                        if (!$util.isString(m.acctPay))
                            return "acctPay: string expected";
                    }
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay")) {
                        if (!$util.isString(m.psnCashPay))
                            return "psnCashPay: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a DetailLine message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.DetailLine} DetailLine
                 */
                DetailLine.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.DetailLine)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.DetailLine: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.DetailLine();
                    if (d.recordId != null) {
                        if (typeof d.recordId !== "string" || d.recordId.length) {
                            m.recordId = $String(d.recordId);
                        }
                    }
                    if (d.setlId != null) {
                        if (typeof d.setlId !== "string" || d.setlId.length) {
                            m.setlId = $String(d.setlId);
                        }
                    }
                    if (d.insutype != null) {
                        if (typeof d.insutype !== "string" || d.insutype.length) {
                            m.insutype = $String(d.insutype);
                        }
                    }
                    if (d.cancellation != null) {
                        if (d.cancellation) {
                            m.cancellation = $Boolean(d.cancellation);
                        }
                    }
                    if (d.medfeeSumamt != null) {
                        if (typeof d.medfeeSumamt !== "string" || d.medfeeSumamt.length) {
                            m.medfeeSumamt = $String(d.medfeeSumamt);
                        }
                    }
                    if (d.fundPaySumamt != null) {
                        if (typeof d.fundPaySumamt !== "string" || d.fundPaySumamt.length) {
                            m.fundPaySumamt = $String(d.fundPaySumamt);
                        }
                    }
                    if (d.acctPay != null) {
                        if (typeof d.acctPay !== "string" || d.acctPay.length) {
                            m.acctPay = $String(d.acctPay);
                        }
                    }
                    if (d.psnCashPay != null) {
                        if (typeof d.psnCashPay !== "string" || d.psnCashPay.length) {
                            m.psnCashPay = $String(d.psnCashPay);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DetailLine message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {yibao.center.v1.DetailLine} m DetailLine
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DetailLine.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.recordId = "";
                        d.setlId = "";
                        d.insutype = "";
                        d.cancellation = false;
                        d.medfeeSumamt = "";
                        d.fundPaySumamt = "";
                        d.acctPay = "";
                        d.psnCashPay = "";
                    }
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        d.recordId = m.recordId;
                    }
                    if (m.setlId != null && $Object.hasOwnProperty.call(m, "setlId")) {
                        d.setlId = m.setlId;
                    }
                    if (m.insutype != null && $Object.hasOwnProperty.call(m, "insutype")) {
                        d.insutype = m.insutype;
                    }
                    if (m.cancellation != null && $Object.hasOwnProperty.call(m, "cancellation")) {
                        d.cancellation = m.cancellation;
                    }
                    if (m.medfeeSumamt != null && $Object.hasOwnProperty.call(m, "medfeeSumamt")) {
                        d.medfeeSumamt = m.medfeeSumamt;
                    }
                    if (m.fundPaySumamt != null && $Object.hasOwnProperty.call(m, "fundPaySumamt")) {
                        d.fundPaySumamt = m.fundPaySumamt;
                    }
                    if (m.acctPay != null && $Object.hasOwnProperty.call(m, "acctPay")) {
                        d.acctPay = m.acctPay;
                    }
                    if (m.psnCashPay != null && $Object.hasOwnProperty.call(m, "psnCashPay")) {
                        d.psnCashPay = m.psnCashPay;
                    }
                    return d;
                };

                /**
                 * Converts this DetailLine to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.DetailLine
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DetailLine.prototype.toJSON = function() {
                    return DetailLine.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DetailLine
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.DetailLine
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DetailLine.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.DetailLine";
                };

                return DetailLine;
            })();

            v1.ReconcileRequest = (function() {

                /**
                 * Properties of a ReconcileRequest.
                 * @typedef {Object} yibao.center.v1.ReconcileRequest.$Properties
                 * @property {string|null} [periodStart] ReconcileRequest periodStart
                 * @property {string|null} [periodEnd] ReconcileRequest periodEnd
                 * @property {Array.<yibao.center.v1.Totals.$Properties>|null} [totals] ReconcileRequest totals
                 * @property {Array.<yibao.center.v1.DetailLine.$Properties>|null} [detail] ReconcileRequest detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReconcileRequest.
                 * @memberof yibao.center.v1
                 * @interface IReconcileRequest
                 * @augments yibao.center.v1.ReconcileRequest.$Properties
                 * @deprecated Use yibao.center.v1.ReconcileRequest.$Properties instead.
                 */

                /**
                 * Shape of a ReconcileRequest.
                 * @typedef {yibao.center.v1.ReconcileRequest.$Properties} yibao.center.v1.ReconcileRequest.$Shape
                 */

                /**
                 * Constructs a new ReconcileRequest.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a ReconcileRequest.
                 * @constructor
                 * @param {yibao.center.v1.ReconcileRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReconcileRequest = function (p) {
                    this.totals = [];
                    this.detail = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ReconcileRequest periodStart.
                 * @member {string} periodStart
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @instance
                 */
                ReconcileRequest.prototype.periodStart = "";

                /**
                 * ReconcileRequest periodEnd.
                 * @member {string} periodEnd
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @instance
                 */
                ReconcileRequest.prototype.periodEnd = "";

                /**
                 * ReconcileRequest totals.
                 * @member {Array.<yibao.center.v1.Totals.$Properties>} totals
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @instance
                 */
                ReconcileRequest.prototype.totals = $util.emptyArray;

                /**
                 * ReconcileRequest detail.
                 * @member {Array.<yibao.center.v1.DetailLine.$Properties>} detail
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @instance
                 */
                ReconcileRequest.prototype.detail = $util.emptyArray;

                /**
                 * Creates a new ReconcileRequest instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {yibao.center.v1.ReconcileRequest.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.ReconcileRequest} ReconcileRequest instance
                 * @type {{
                 *   (properties: yibao.center.v1.ReconcileRequest.$Shape): yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape;
                 *   (properties?: yibao.center.v1.ReconcileRequest.$Properties): yibao.center.v1.ReconcileRequest;
                 * }}
                 */
                ReconcileRequest.create = function(properties) {
                    return new ReconcileRequest(properties);
                };

                /**
                 * Encodes the specified ReconcileRequest message. Does not implicitly {@link yibao.center.v1.ReconcileRequest.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {yibao.center.v1.ReconcileRequest.$Properties} m ReconcileRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReconcileRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.periodStart != null && $Object.hasOwnProperty.call(m, "periodStart") && m.periodStart !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.periodStart);
                    if (m.periodEnd != null && $Object.hasOwnProperty.call(m, "periodEnd") && m.periodEnd !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.periodEnd);
                    if (m.totals != null && m.totals.length) {
                        for (var i = 0; i < m.totals.length; ++i)
                            $root.yibao.center.v1.Totals.encode(m.totals[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.detail != null && m.detail.length) {
                        for (var i = 0; i < m.detail.length; ++i)
                            $root.yibao.center.v1.DetailLine.encode(m.detail[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ReconcileRequest message, length delimited. Does not implicitly {@link yibao.center.v1.ReconcileRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {yibao.center.v1.ReconcileRequest.$Properties} message ReconcileRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReconcileRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ReconcileRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape} ReconcileRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReconcileRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.ReconcileRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.periodStart = v;
                                else
                                    delete m.periodStart;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.periodEnd = v;
                                else
                                    delete m.periodEnd;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.totals && m.totals.length))
                                    m.totals = [];
                                m.totals.push($root.yibao.center.v1.Totals.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.detail && m.detail.length))
                                    m.detail = [];
                                m.detail.push($root.yibao.center.v1.DetailLine.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ReconcileRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape} ReconcileRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReconcileRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ReconcileRequest message.
                 * @function verify
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReconcileRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.periodStart != null && $Object.hasOwnProperty.call(m, "periodStart")) {
                        if (!$util.isString(m.periodStart))
                            return "periodStart: string expected";
                    }
                    if (m.periodEnd != null && $Object.hasOwnProperty.call(m, "periodEnd")) {
                        if (!$util.isString(m.periodEnd))
                            return "periodEnd: string expected";
                    }
                    if (m.totals != null && $Object.hasOwnProperty.call(m, "totals")) {
                        if (!$Array.isArray(m.totals))
                            return "totals: array expected";
                        for (var i = 0; i < m.totals.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.Totals.verify(m.totals[i], q + 1);
                                if (e)
                                    return "totals." + e;
                            }
                        }
                    }
                    if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                        if (!$Array.isArray(m.detail))
                            return "detail: array expected";
                        for (var i = 0; i < m.detail.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.DetailLine.verify(m.detail[i], q + 1);
                                if (e)
                                    return "detail." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ReconcileRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.ReconcileRequest} ReconcileRequest
                 */
                ReconcileRequest.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.ReconcileRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.ReconcileRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.ReconcileRequest();
                    if (d.periodStart != null) {
                        if (typeof d.periodStart !== "string" || d.periodStart.length) {
                            m.periodStart = $String(d.periodStart);
                        }
                    }
                    if (d.periodEnd != null) {
                        if (typeof d.periodEnd !== "string" || d.periodEnd.length) {
                            m.periodEnd = $String(d.periodEnd);
                        }
                    }
                    if (d.totals) {
                        if (!$Array.isArray(d.totals))
                            throw $TypeError(".yibao.center.v1.ReconcileRequest.totals: array expected");
                        m.totals = $Array(d.totals.length);
                        for (var i = 0; i < d.totals.length; ++i) {
                            if (!$util.isObject(d.totals[i]))
                                throw $TypeError(".yibao.center.v1.ReconcileRequest.totals: object expected");
                            m.totals[i] = $root.yibao.center.v1.Totals.fromObject(d.totals[i], q + 1);
                        }
                    }
                    if (d.detail) {
                        if (!$Array.isArray(d.detail))
                            throw $TypeError(".yibao.center.v1.ReconcileRequest.detail: array expected");
                        m.detail = $Array(d.detail.length);
                        for (var i = 0; i < d.detail.length; ++i) {
                            if (!$util.isObject(d.detail[i]))
                                throw $TypeError(".yibao.center.v1.ReconcileRequest.detail: object expected");
                            m.detail[i] = $root.yibao.center.v1.DetailLine.fromObject(d.detail[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ReconcileRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {yibao.center.v1.ReconcileRequest} m ReconcileRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReconcileRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.totals = [];
                        d.detail = [];
                    }
                    if (o.defaults) {
                        d.periodStart = "";
                        d.periodEnd = "";
                    }
                    if (m.periodStart != null && $Object.hasOwnProperty.call(m, "periodStart")) {
                        d.periodStart = m.periodStart;
                    }
                    if (m.periodEnd != null && $Object.hasOwnProperty.call(m, "periodEnd")) {
                        d.periodEnd = m.periodEnd;
                    }
                    if (m.totals && m.totals.length) {
                        d.totals = $Array(m.totals.length);
                        for (var j = 0; j < m.totals.length; ++j) {
                            d.totals[j] = $root.yibao.center.v1.Totals.toObject(m.totals[j], o, q + 1);
                        }
                    }
                    if (m.detail && m.detail.length) {
                        d.detail = $Array(m.detail.length);
                        for (var j = 0; j < m.detail.length; ++j) {
                            d.detail[j] = $root.yibao.center.v1.DetailLine.toObject(m.detail[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ReconcileRequest to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReconcileRequest.prototype.toJSON = function() {
                    return ReconcileRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReconcileRequest
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.ReconcileRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReconcileRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.ReconcileRequest";
                };

                return ReconcileRequest;
            })();

            /**
             * ReconcileResult enum.
             * @name yibao.center.v1.ReconcileResult
             * @enum {number}
             * @property {number} RECONCILE_RESULT_UNSPECIFIED=0 RECONCILE_RESULT_UNSPECIFIED value
             * @property {number} RECONCILE_RESULT_MATCH=1 RECONCILE_RESULT_MATCH value
             * @property {number} RECONCILE_RESULT_MISMATCH=2 RECONCILE_RESULT_MISMATCH value
             */
            v1.ReconcileResult = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RECONCILE_RESULT_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RECONCILE_RESULT_MATCH"] = 1;
                values[valuesById[2] = "RECONCILE_RESULT_MISMATCH"] = 2;
                return values;
            })();

            /**
             * MismatchKind enum.
             * @name yibao.center.v1.MismatchKind
             * @enum {number}
             * @property {number} MISMATCH_KIND_UNSPECIFIED=0 MISMATCH_KIND_UNSPECIFIED value
             * @property {number} MISMATCH_KIND_MISSING_AT_CENTRE=1 MISMATCH_KIND_MISSING_AT_CENTRE value
             * @property {number} MISMATCH_KIND_MISSING_AT_GATEWAY=2 MISMATCH_KIND_MISSING_AT_GATEWAY value
             * @property {number} MISMATCH_KIND_AMOUNTS_DIFFER=3 MISMATCH_KIND_AMOUNTS_DIFFER value
             */
            v1.MismatchKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MISMATCH_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MISMATCH_KIND_MISSING_AT_CENTRE"] = 1;
                values[valuesById[2] = "MISMATCH_KIND_MISSING_AT_GATEWAY"] = 2;
                values[valuesById[3] = "MISMATCH_KIND_AMOUNTS_DIFFER"] = 3;
                return values;
            })();

            v1.Mismatch = (function() {

                /**
                 * Properties of a Mismatch.
                 * @typedef {Object} yibao.center.v1.Mismatch.$Properties
                 * @property {string|null} [recordId] Mismatch recordId
                 * @property {yibao.center.v1.MismatchKind|null} [kind] Mismatch kind
                 * @property {yibao.center.v1.DetailLine.$Properties|null} [gateway] Mismatch gateway
                 * @property {yibao.center.v1.DetailLine.$Properties|null} [centre] Mismatch centre
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Mismatch.
                 * @memberof yibao.center.v1
                 * @interface IMismatch
                 * @augments yibao.center.v1.Mismatch.$Properties
                 * @deprecated Use yibao.center.v1.Mismatch.$Properties instead.
                 */

                /**
                 * Shape of a Mismatch.
                 * @typedef {yibao.center.v1.Mismatch.$Properties} yibao.center.v1.Mismatch.$Shape
                 */

                /**
                 * Constructs a new Mismatch.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a Mismatch.
                 * @constructor
                 * @param {yibao.center.v1.Mismatch.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Mismatch = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Mismatch recordId.
                 * @member {string} recordId
                 * @memberof yibao.center.v1.Mismatch
                 * @instance
                 */
                Mismatch.prototype.recordId = "";

                /**
                 * Mismatch kind.
                 * @member {yibao.center.v1.MismatchKind} kind
                 * @memberof yibao.center.v1.Mismatch
                 * @instance
                 */
                Mismatch.prototype.kind = 0;

                /**
                 * Mismatch gateway.
                 * @member {yibao.center.v1.DetailLine.$Properties|null|undefined} gateway
                 * @memberof yibao.center.v1.Mismatch
                 * @instance
                 */
                Mismatch.prototype.gateway = null;

                /**
                 * Mismatch centre.
                 * @member {yibao.center.v1.DetailLine.$Properties|null|undefined} centre
                 * @memberof yibao.center.v1.Mismatch
                 * @instance
                 */
                Mismatch.prototype.centre = null;

                /**
                 * Creates a new Mismatch instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {yibao.center.v1.Mismatch.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.Mismatch} Mismatch instance
                 * @type {{
                 *   (properties: yibao.center.v1.Mismatch.$Shape): yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape;
                 *   (properties?: yibao.center.v1.Mismatch.$Properties): yibao.center.v1.Mismatch;
                 * }}
                 */
                Mismatch.create = function(properties) {
                    return new Mismatch(properties);
                };

                /**
                 * Encodes the specified Mismatch message. Does not implicitly {@link yibao.center.v1.Mismatch.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {yibao.center.v1.Mismatch.$Properties} m Mismatch message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Mismatch.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId") && m.recordId !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.recordId);
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                        w.uint32(/* id 2, wireType 0 =*/16).int32(m.kind);
                    if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway"))
                        $root.yibao.center.v1.DetailLine.encode(m.gateway, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.centre != null && $Object.hasOwnProperty.call(m, "centre"))
                        $root.yibao.center.v1.DetailLine.encode(m.centre, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Mismatch message, length delimited. Does not implicitly {@link yibao.center.v1.Mismatch.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {yibao.center.v1.Mismatch.$Properties} message Mismatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Mismatch.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Mismatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape} Mismatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Mismatch.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.Mismatch();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.recordId = v;
                                else
                                    delete m.recordId;
                                continue;
                            }
                        case 2: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.gateway = $root.yibao.center.v1.DetailLine.decode(r, r.size(), $undefined, q + 1, m.gateway);
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                m.centre = $root.yibao.center.v1.DetailLine.decode(r, r.size(), $undefined, q + 1, m.centre);
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a Mismatch message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape} Mismatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Mismatch.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Mismatch message.
                 * @function verify
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Mismatch.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        if (!$util.isString(m.recordId))
                            return "recordId: string expected";
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                            return "kind: enum value expected";
                    }
                    if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                        {
                            var e = $root.yibao.center.v1.DetailLine.verify(m.gateway, q + 1);
                            if (e)
                                return "gateway." + e;
                        }
                    }
                    if (m.centre != null && $Object.hasOwnProperty.call(m, "centre")) {
                        {
                            var e = $root.yibao.center.v1.DetailLine.verify(m.centre, q + 1);
                            if (e)
                                return "centre." + e;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a Mismatch message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.Mismatch} Mismatch
                 */
                Mismatch.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.Mismatch)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.Mismatch: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.Mismatch();
                    if (d.recordId != null) {
                        if (typeof d.recordId !== "string" || d.recordId.length) {
                            m.recordId = $String(d.recordId);
                        }
                    }
                    if (d.kind !== 0 && (typeof d.kind !== "string" || $root.yibao.center.v1.MismatchKind[d.kind] !== 0)) {
                        switch (d.kind) {
                        case "MISMATCH_KIND_UNSPECIFIED":
                        case 0:
                            m.kind = 0;
                            break;
                        case "MISMATCH_KIND_MISSING_AT_CENTRE":
                        case 1:
                            m.kind = 1;
                            break;
                        case "MISMATCH_KIND_MISSING_AT_GATEWAY":
                        case 2:
                            m.kind = 2;
                            break;
                        case "MISMATCH_KIND_AMOUNTS_DIFFER":
                        case 3:
                            m.kind = 3;
                            break;
                        default:
                            if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                                m.kind = d.kind;
                        }
                    }
                    if (d.gateway != null) {
                        if (!$util.isObject(d.gateway))
                            throw $TypeError(".yibao.center.v1.Mismatch.gateway: object expected");
                        m.gateway = $root.yibao.center.v1.DetailLine.fromObject(d.gateway, q + 1);
                    }
                    if (d.centre != null) {
                        if (!$util.isObject(d.centre))
                            throw $TypeError(".yibao.center.v1.Mismatch.centre: object expected");
                        m.centre = $root.yibao.center.v1.DetailLine.fromObject(d.centre, q + 1);
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Mismatch message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {yibao.center.v1.Mismatch} m Mismatch
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Mismatch.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.recordId = "";
                        d.kind = o.enums === $String ? "MISMATCH_KIND_UNSPECIFIED" : 0;
                        d.gateway = null;
                        d.centre = null;
                    }
                    if (m.recordId != null && $Object.hasOwnProperty.call(m, "recordId")) {
                        d.recordId = m.recordId;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = o.enums === $String ? $root.yibao.center.v1.MismatchKind[m.kind] === $undefined ? m.kind : $root.yibao.center.v1.MismatchKind[m.kind] : m.kind;
                    }
                    if (m.gateway != null && $Object.hasOwnProperty.call(m, "gateway")) {
                        d.gateway = $root.yibao.center.v1.DetailLine.toObject(m.gateway, o, q + 1);
                    }
                    if (m.centre != null && $Object.hasOwnProperty.call(m, "centre")) {
                        d.centre = $root.yibao.center.v1.DetailLine.toObject(m.centre, o, q + 1);
                    }
                    return d;
                };

                /**
                 * Converts this Mismatch to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.Mismatch
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Mismatch.prototype.toJSON = function() {
                    return Mismatch.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Mismatch
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.Mismatch
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Mismatch.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.Mismatch";
                };

                return Mismatch;
            })();

            v1.ReconcileReply = (function() {

                /**
                 * Properties of a ReconcileReply.
                 * @typedef {Object} yibao.center.v1.ReconcileReply.$Properties
                 * @property {yibao.center.v1.ReconcileResult|null} [result] ReconcileReply result
                 * @property {Array.<yibao.center.v1.Totals.$Properties>|null} [centreTotals] ReconcileReply centreTotals
                 * @property {Array.<yibao.center.v1.Mismatch.$Properties>|null} [mismatches] ReconcileReply mismatches
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReconcileReply.
                 * @memberof yibao.center.v1
                 * @interface IReconcileReply
                 * @augments yibao.center.v1.ReconcileReply.$Properties
                 * @deprecated Use yibao.center.v1.ReconcileReply.$Properties instead.
                 */

                /**
                 * Shape of a ReconcileReply.
                 * @typedef {yibao.center.v1.ReconcileReply.$Properties} yibao.center.v1.ReconcileReply.$Shape
                 */

                /**
                 * Constructs a new ReconcileReply.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a ReconcileReply.
                 * @constructor
                 * @param {yibao.center.v1.ReconcileReply.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReconcileReply = function (p) {
                    this.centreTotals = [];
                    this.mismatches = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ReconcileReply result.
                 * @member {yibao.center.v1.ReconcileResult} result
                 * @memberof yibao.center.v1.ReconcileReply
                 * @instance
                 */
                ReconcileReply.prototype.result = 0;

                /**
                 * ReconcileReply centreTotals.
                 * @member {Array.<yibao.center.v1.Totals.$Properties>} centreTotals
                 * @memberof yibao.center.v1.ReconcileReply
                 * @instance
                 */
                ReconcileReply.prototype.centreTotals = $util.emptyArray;

                /**
                 * ReconcileReply mismatches.
                 * @member {Array.<yibao.center.v1.Mismatch.$Properties>} mismatches
                 * @memberof yibao.center.v1.ReconcileReply
                 * @instance
                 */
                ReconcileReply.prototype.mismatches = $util.emptyArray;

                /**
                 * Creates a new ReconcileReply instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {yibao.center.v1.ReconcileReply.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.ReconcileReply} ReconcileReply instance
                 * @type {{
                 *   (properties: yibao.center.v1.ReconcileReply.$Shape): yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape;
                 *   (properties?: yibao.center.v1.ReconcileReply.$Properties): yibao.center.v1.ReconcileReply;
                 * }}
                 */
                ReconcileReply.create = function(properties) {
                    return new ReconcileReply(properties);
                };

                /**
                 * Encodes the specified ReconcileReply message. Does not implicitly {@link yibao.center.v1.ReconcileReply.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {yibao.center.v1.ReconcileReply.$Properties} m ReconcileReply message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReconcileReply.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.result != null && $Object.hasOwnProperty.call(m, "result") && m.result !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.result);
                    if (m.centreTotals != null && m.centreTotals.length) {
                        for (var i = 0; i < m.centreTotals.length; ++i)
                            $root.yibao.center.v1.Totals.encode(m.centreTotals[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    }
                    if (m.mismatches != null && m.mismatches.length) {
                        for (var i = 0; i < m.mismatches.length; ++i)
                            $root.yibao.center.v1.Mismatch.encode(m.mismatches[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ReconcileReply message, length delimited. Does not implicitly {@link yibao.center.v1.ReconcileReply.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {yibao.center.v1.ReconcileReply.$Properties} message ReconcileReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReconcileReply.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ReconcileReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape} ReconcileReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReconcileReply.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.ReconcileReply();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.result = v;
                                else
                                    delete m.result;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if (!(m.centreTotals && m.centreTotals.length))
                                    m.centreTotals = [];
                                m.centreTotals.push($root.yibao.center.v1.Totals.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.mismatches && m.mismatches.length))
                                    m.mismatches = [];
                                m.mismatches.push($root.yibao.center.v1.Mismatch.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ReconcileReply message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape} ReconcileReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReconcileReply.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ReconcileReply message.
                 * @function verify
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReconcileReply.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                        if (typeof m.result !== "number" || (m.result | 0) !== m.result)
                            return "result: enum value expected";
                    }
                    if (m.centreTotals != null && $Object.hasOwnProperty.call(m, "centreTotals")) {
                        if (!$Array.isArray(m.centreTotals))
                            return "centreTotals: array expected";
                        for (var i = 0; i < m.centreTotals.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.Totals.verify(m.centreTotals[i], q + 1);
                                if (e)
                                    return "centreTotals." + e;
                            }
                        }
                    }
                    if (m.mismatches != null && $Object.hasOwnProperty.call(m, "mismatches")) {
                        if (!$Array.isArray(m.mismatches))
                            return "mismatches: array expected";
                        for (var i = 0; i < m.mismatches.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.Mismatch.verify(m.mismatches[i], q + 1);
                                if (e)
                                    return "mismatches." + e;
                            }
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ReconcileReply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.ReconcileReply} ReconcileReply
                 */
                ReconcileReply.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.ReconcileReply)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.ReconcileReply: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.ReconcileReply();
                    if (d.result !== 0 && (typeof d.result !== "string" || $root.yibao.center.v1.ReconcileResult[d.result] !== 0)) {
                        switch (d.result) {
                        case "RECONCILE_RESULT_UNSPECIFIED":
                        case 0:
                            m.result = 0;
                            break;
                        case "RECONCILE_RESULT_MATCH":
                        case 1:
                            m.result = 1;
                            break;
                        case "RECONCILE_RESULT_MISMATCH":
                        case 2:
                            m.result = 2;
                            break;
                        default:
                            if (typeof d.result === "number" && (d.result | 0) === d.result)
                                m.result = d.result;
                        }
                    }
                    if (d.centreTotals) {
                        if (!$Array.isArray(d.centreTotals))
                            throw $TypeError(".yibao.center.v1.ReconcileReply.centreTotals: array expected");
                        m.centreTotals = $Array(d.centreTotals.length);
                        for (var i = 0; i < d.centreTotals.length; ++i) {
                            if (!$util.isObject(d.centreTotals[i]))
                                throw $TypeError(".yibao.center.v1.ReconcileReply.centreTotals: object expected");
                            m.centreTotals[i] = $root.yibao.center.v1.Totals.fromObject(d.centreTotals[i], q + 1);
                        }
                    }
                    if (d.mismatches) {
                        if (!$Array.isArray(d.mismatches))
                            throw $TypeError(".yibao.center.v1.ReconcileReply.mismatches: array expected");
                        m.mismatches = $Array(d.mismatches.length);
                        for (var i = 0; i < d.mismatches.length; ++i) {
                            if (!$util.isObject(d.mismatches[i]))
                                throw $TypeError(".yibao.center.v1.ReconcileReply.mismatches: object expected");
                            m.mismatches[i] = $root.yibao.center.v1.Mismatch.fromObject(d.mismatches[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ReconcileReply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {yibao.center.v1.ReconcileReply} m ReconcileReply
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReconcileReply.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.centreTotals = [];
                        d.mismatches = [];
                    }
                    if (o.defaults) {
                        d.result = o.enums === $String ? "RECONCILE_RESULT_UNSPECIFIED" : 0;
                    }
                    if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                        d.result = o.enums === $String ? $root.yibao.center.v1.ReconcileResult[m.result] === $undefined ? m.result : $root.yibao.center.v1.ReconcileResult[m.result] : m.result;
                    }
                    if (m.centreTotals && m.centreTotals.length) {
                        d.centreTotals = $Array(m.centreTotals.length);
                        for (var j = 0; j < m.centreTotals.length; ++j) {
                            d.centreTotals[j] = $root.yibao.center.v1.Totals.toObject(m.centreTotals[j], o, q + 1);
                        }
                    }
                    if (m.mismatches && m.mismatches.length) {
                        d.mismatches = $Array(m.mismatches.length);
                        for (var j = 0; j < m.mismatches.length; ++j) {
                            d.mismatches[j] = $root.yibao.center.v1.Mismatch.toObject(m.mismatches[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ReconcileReply to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.ReconcileReply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReconcileReply.prototype.toJSON = function() {
                    return ReconcileReply.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReconcileReply
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.ReconcileReply
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReconcileReply.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.ReconcileReply";
                };

                return ReconcileReply;
            })();

            /**
             * SyncKind enum.
             * @name yibao.center.v1.SyncKind
             * @enum {number}
             * @property {number} SYNC_KIND_UNSPECIFIED=0 SYNC_KIND_UNSPECIFIED value
             * @property {number} SYNC_KIND_CATALOGUE=1 SYNC_KIND_CATALOGUE value
             * @property {number} SYNC_KIND_POLICIES=2 SYNC_KIND_POLICIES value
             * @property {number} SYNC_KIND_BLOCKLIST=3 SYNC_KIND_BLOCKLIST value
             */
            v1.SyncKind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SYNC_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SYNC_KIND_CATALOGUE"] = 1;
                values[valuesById[2] = "SYNC_KIND_POLICIES"] = 2;
                values[valuesById[3] = "SYNC_KIND_BLOCKLIST"] = 3;
                return values;
            })();

            v1.SyncRequest = (function() {

                /**
                 * Properties of a SyncRequest.
                 * @typedef {Object} yibao.center.v1.SyncRequest.$Properties
                 * @property {yibao.center.v1.SyncKind|null} [kind] SyncRequest kind
                 * @property {string|null} [haveVersion] SyncRequest haveVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyncRequest.
                 * @memberof yibao.center.v1
                 * @interface ISyncRequest
                 * @augments yibao.center.v1.SyncRequest.$Properties
                 * @deprecated Use yibao.center.v1.SyncRequest.$Properties instead.
                 */

                /**
                 * Shape of a SyncRequest.
                 * @typedef {yibao.center.v1.SyncRequest.$Properties} yibao.center.v1.SyncRequest.$Shape
                 */

                /**
                 * Constructs a new SyncRequest.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a SyncRequest.
                 * @constructor
                 * @param {yibao.center.v1.SyncRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SyncRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SyncRequest kind.
                 * @member {yibao.center.v1.SyncKind} kind
                 * @memberof yibao.center.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.kind = 0;

                /**
                 * SyncRequest haveVersion.
                 * @member {string} haveVersion
                 * @memberof yibao.center.v1.SyncRequest
                 * @instance
                 */
                SyncRequest.prototype.haveVersion = "";

                /**
                 * Creates a new SyncRequest instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {yibao.center.v1.SyncRequest.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.SyncRequest} SyncRequest instance
                 * @type {{
                 *   (properties: yibao.center.v1.SyncRequest.$Shape): yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape;
                 *   (properties?: yibao.center.v1.SyncRequest.$Properties): yibao.center.v1.SyncRequest;
                 * }}
                 */
                SyncRequest.create = function(properties) {
                    return new SyncRequest(properties);
                };

                /**
                 * Encodes the specified SyncRequest message. Does not implicitly {@link yibao.center.v1.SyncRequest.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {yibao.center.v1.SyncRequest.$Properties} m SyncRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
                    if (m.haveVersion != null && $Object.hasOwnProperty.call(m, "haveVersion") && m.haveVersion !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.haveVersion);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SyncRequest message, length delimited. Does not implicitly {@link yibao.center.v1.SyncRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {yibao.center.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.SyncRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.haveVersion = v;
                                else
                                    delete m.haveVersion;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SyncRequest message.
                 * @function verify
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SyncRequest.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                            return "kind: enum value expected";
                    }
                    if (m.haveVersion != null && $Object.hasOwnProperty.call(m, "haveVersion")) {
                        if (!$util.isString(m.haveVersion))
                            return "haveVersion: string expected";
                    }
                    return null;
                };

                /**
                 * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.SyncRequest} SyncRequest
                 */
                SyncRequest.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.SyncRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.SyncRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.SyncRequest();
                    if (d.kind !== 0 && (typeof d.kind !== "string" || $root.yibao.center.v1.SyncKind[d.kind] !== 0)) {
                        switch (d.kind) {
                        case "SYNC_KIND_UNSPECIFIED":
                        case 0:
                            m.kind = 0;
                            break;
                        case "SYNC_KIND_CATALOGUE":
                        case 1:
                            m.kind = 1;
                            break;
                        case "SYNC_KIND_POLICIES":
                        case 2:
                            m.kind = 2;
                            break;
                        case "SYNC_KIND_BLOCKLIST":
                        case 3:
                            m.kind = 3;
                            break;
                        default:
                            if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                                m.kind = d.kind;
                        }
                    }
                    if (d.haveVersion != null) {
                        if (typeof d.haveVersion !== "string" || d.haveVersion.length) {
                            m.haveVersion = $String(d.haveVersion);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {yibao.center.v1.SyncRequest} m SyncRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SyncRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.kind = o.enums === $String ? "SYNC_KIND_UNSPECIFIED" : 0;
                        d.haveVersion = "";
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = o.enums === $String ? $root.yibao.center.v1.SyncKind[m.kind] === $undefined ? m.kind : $root.yibao.center.v1.SyncKind[m.kind] : m.kind;
                    }
                    if (m.haveVersion != null && $Object.hasOwnProperty.call(m, "haveVersion")) {
                        d.haveVersion = m.haveVersion;
                    }
                    return d;
                };

                /**
                 * Converts this SyncRequest to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.SyncRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SyncRequest.prototype.toJSON = function() {
                    return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SyncRequest
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.SyncRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SyncRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.SyncRequest";
                };

                return SyncRequest;
            })();

            v1.CatalogueItem = (function() {

                /**
                 * Properties of a CatalogueItem.
                 * @typedef {Object} yibao.center.v1.CatalogueItem.$Properties
                 * @property {string|null} [medListCodg] CatalogueItem medListCodg
                 * @property {string|null} [name] CatalogueItem name
                 * @property {string|null} [chrgitmLv] CatalogueItem chrgitmLv
                 * @property {string|null} [medChrgitmType] CatalogueItem medChrgitmType
                 * @property {string|null} [pricUplmtAmt] CatalogueItem pricUplmtAmt
                 * @property {string|null} [selfpayProp] CatalogueItem selfpayProp
                 * @property {boolean|null} [imported] CatalogueItem imported
                 * @property {boolean|null} [needsApproval] CatalogueItem needsApproval
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CatalogueItem.
                 * @memberof yibao.center.v1
                 * @interface ICatalogueItem
                 * @augments yibao.center.v1.CatalogueItem.$Properties
                 * @deprecated Use yibao.center.v1.CatalogueItem.$Properties instead.
                 */

                /**
                 * Shape of a CatalogueItem.
                 * @typedef {yibao.center.v1.CatalogueItem.$Properties} yibao.center.v1.CatalogueItem.$Shape
                 */

                /**
                 * Constructs a new CatalogueItem.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a CatalogueItem.
                 * @constructor
                 * @param {yibao.center.v1.CatalogueItem.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CatalogueItem = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * CatalogueItem medListCodg.
                 * @member {string} medListCodg
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.medListCodg = "";

                /**
                 * CatalogueItem name.
                 * @member {string} name
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.name = "";

                /**
                 * CatalogueItem chrgitmLv.
                 * @member {string} chrgitmLv
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.chrgitmLv = "";

                /**
                 * CatalogueItem medChrgitmType.
                 * @member {string} medChrgitmType
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.medChrgitmType = "";

                /**
                 * CatalogueItem pricUplmtAmt.
                 * @member {string} pricUplmtAmt
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.pricUplmtAmt = "";

                /**
                 * CatalogueItem selfpayProp.
                 * @member {string} selfpayProp
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.selfpayProp = "";

                /**
                 * CatalogueItem imported.
                 * @member {boolean} imported
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.imported = false;

                /**
                 * CatalogueItem needsApproval.
                 * @member {boolean} needsApproval
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 */
                CatalogueItem.prototype.needsApproval = false;

                /**
                 * Creates a new CatalogueItem instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {yibao.center.v1.CatalogueItem.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.CatalogueItem} CatalogueItem instance
                 * @type {{
                 *   (properties: yibao.center.v1.CatalogueItem.$Shape): yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape;
                 *   (properties?: yibao.center.v1.CatalogueItem.$Properties): yibao.center.v1.CatalogueItem;
                 * }}
                 */
                CatalogueItem.create = function(properties) {
                    return new CatalogueItem(properties);
                };

                /**
                 * Encodes the specified CatalogueItem message. Does not implicitly {@link yibao.center.v1.CatalogueItem.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {yibao.center.v1.CatalogueItem.$Properties} m CatalogueItem message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CatalogueItem.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.medListCodg != null && $Object.hasOwnProperty.call(m, "medListCodg") && m.medListCodg !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.medListCodg);
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                    if (m.chrgitmLv != null && $Object.hasOwnProperty.call(m, "chrgitmLv") && m.chrgitmLv !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.chrgitmLv);
                    if (m.medChrgitmType != null && $Object.hasOwnProperty.call(m, "medChrgitmType") && m.medChrgitmType !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.medChrgitmType);
                    if (m.pricUplmtAmt != null && $Object.hasOwnProperty.call(m, "pricUplmtAmt") && m.pricUplmtAmt !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.pricUplmtAmt);
                    if (m.selfpayProp != null && $Object.hasOwnProperty.call(m, "selfpayProp") && m.selfpayProp !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.selfpayProp);
                    if (m.imported != null && $Object.hasOwnProperty.call(m, "imported") && m.imported !== false)
                        w.uint32(/* id 7, wireType 0 =*/56).bool(m.imported);
                    if (m.needsApproval != null && $Object.hasOwnProperty.call(m, "needsApproval") && m.needsApproval !== false)
                        w.uint32(/* id 8, wireType 0 =*/64).bool(m.needsApproval);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified CatalogueItem message, length delimited. Does not implicitly {@link yibao.center.v1.CatalogueItem.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {yibao.center.v1.CatalogueItem.$Properties} message CatalogueItem message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CatalogueItem.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a CatalogueItem message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape} CatalogueItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CatalogueItem.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.CatalogueItem();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medListCodg = v;
                                else
                                    delete m.medListCodg;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.chrgitmLv = v;
                                else
                                    delete m.chrgitmLv;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.medChrgitmType = v;
                                else
                                    delete m.medChrgitmType;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.pricUplmtAmt = v;
                                else
                                    delete m.pricUplmtAmt;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.selfpayProp = v;
                                else
                                    delete m.selfpayProp;
                                continue;
                            }
                        case 7: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.imported = v;
                                else
                                    delete m.imported;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.needsApproval = v;
                                else
                                    delete m.needsApproval;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a CatalogueItem message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape} CatalogueItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CatalogueItem.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a CatalogueItem message.
                 * @function verify
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                CatalogueItem.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.medListCodg != null && $Object.hasOwnProperty.call(m, "medListCodg")) {
                        if (!$util.isString(m.medListCodg))
                            return "medListCodg: string expected";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        if (!$util.isString(m.name))
                            return "name: string expected";
                    }
                    if (m.chrgitmLv != null && $Object.hasOwnProperty.call(m, "chrgitmLv")) {
                        if (!$util.isString(m.chrgitmLv))
                            return "chrgitmLv: string expected";
                    }
                    if (m.medChrgitmType != null && $Object.hasOwnProperty.call(m, "medChrgitmType")) {
                        if (!$util.isString(m.medChrgitmType))
                            return "medChrgitmType: string expected";
                    }
                    if (m.pricUplmtAmt != null && $Object.hasOwnProperty.call(m, "pricUplmtAmt")) {
                        if (!$util.isString(m.pricUplmtAmt))
                            return "pricUplmtAmt: string expected";
                    }
                    if (m.selfpayProp != null && $Object.hasOwnProperty.call(m, "selfpayProp")) {
                        if (!$util.isString(m.selfpayProp))
                            return "selfpayProp: string expected";
                    }
                    if (m.imported != null && $Object.hasOwnProperty.call(m, "imported")) {
                        if (typeof m.imported !== "boolean")
                            return "imported: boolean expected";
                    }
                    if (m.needsApproval != null && $Object.hasOwnProperty.call(m, "needsApproval")) {
                        if (typeof m.needsApproval !== "boolean")
                            return "needsApproval: boolean expected";
                    }
                    return null;
                };

                /**
                 * Creates a CatalogueItem message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.CatalogueItem} CatalogueItem
                 */
                CatalogueItem.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.CatalogueItem)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.CatalogueItem: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.CatalogueItem();
                    if (d.medListCodg != null) {
                        if (typeof d.medListCodg !== "string" || d.medListCodg.length) {
                            m.medListCodg = $String(d.medListCodg);
                        }
                    }
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.chrgitmLv != null) {
                        if (typeof d.chrgitmLv !== "string" || d.chrgitmLv.length) {
                            m.chrgitmLv = $String(d.chrgitmLv);
                        }
                    }
                    if (d.medChrgitmType != null) {
                        if (typeof d.medChrgitmType !== "string" || d.medChrgitmType.length) {
                            m.medChrgitmType = $String(d.medChrgitmType);
                        }
                    }
                    if (d.pricUplmtAmt != null) {
                        if (typeof d.pricUplmtAmt !== "string" || d.pricUplmtAmt.length) {
                            m.pricUplmtAmt = $String(d.pricUplmtAmt);
                        }
                    }
                    if (d.selfpayProp != null) {
                        if (typeof d.selfpayProp !== "string" || d.selfpayProp.length) {
                            m.selfpayProp = $String(d.selfpayProp);
                        }
                    }
                    if (d.imported != null) {
                        if (d.imported) {
                            m.imported = $Boolean(d.imported);
                        }
                    }
                    if (d.needsApproval != null) {
                        if (d.needsApproval) {
                            m.needsApproval = $Boolean(d.needsApproval);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a CatalogueItem message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {yibao.center.v1.CatalogueItem} m CatalogueItem
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CatalogueItem.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.medListCodg = "";
                        d.name = "";
                        d.chrgitmLv = "";
                        d.medChrgitmType = "";
                        d.pricUplmtAmt = "";
                        d.selfpayProp = "";
                        d.imported = false;
                        d.needsApproval = false;
                    }
                    if (m.medListCodg != null && $Object.hasOwnProperty.call(m, "medListCodg")) {
                        d.medListCodg = m.medListCodg;
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.chrgitmLv != null && $Object.hasOwnProperty.call(m, "chrgitmLv")) {
                        d.chrgitmLv = m.chrgitmLv;
                    }
                    if (m.medChrgitmType != null && $Object.hasOwnProperty.call(m, "medChrgitmType")) {
                        d.medChrgitmType = m.medChrgitmType;
                    }
                    if (m.pricUplmtAmt != null && $Object.hasOwnProperty.call(m, "pricUplmtAmt")) {
                        d.pricUplmtAmt = m.pricUplmtAmt;
                    }
                    if (m.selfpayProp != null && $Object.hasOwnProperty.call(m, "selfpayProp")) {
                        d.selfpayProp = m.selfpayProp;
                    }
                    if (m.imported != null && $Object.hasOwnProperty.call(m, "imported")) {
                        d.imported = m.imported;
                    }
                    if (m.needsApproval != null && $Object.hasOwnProperty.call(m, "needsApproval")) {
                        d.needsApproval = m.needsApproval;
                    }
                    return d;
                };

                /**
                 * Converts this CatalogueItem to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.CatalogueItem
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CatalogueItem.prototype.toJSON = function() {
                    return CatalogueItem.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CatalogueItem
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.CatalogueItem
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CatalogueItem.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.CatalogueItem";
                };

                return CatalogueItem;
            })();

            v1.PolicyFile = (function() {

                /**
                 * Properties of a PolicyFile.
                 * @typedef {Object} yibao.center.v1.PolicyFile.$Properties
                 * @property {string|null} [region] PolicyFile region
                 * @property {string|null} [effectiveFrom] PolicyFile effectiveFrom
                 * @property {string|null} [effectiveTo] PolicyFile effectiveTo
                 * @property {string|null} [version] PolicyFile version
                 * @property {string|null} [mediaType] PolicyFile mediaType
                 * @property {Uint8Array|null} [content] PolicyFile content
                 * @property {Uint8Array|null} [sha256] PolicyFile sha256
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PolicyFile.
                 * @memberof yibao.center.v1
                 * @interface IPolicyFile
                 * @augments yibao.center.v1.PolicyFile.$Properties
                 * @deprecated Use yibao.center.v1.PolicyFile.$Properties instead.
                 */

                /**
                 * Shape of a PolicyFile.
                 * @typedef {yibao.center.v1.PolicyFile.$Properties} yibao.center.v1.PolicyFile.$Shape
                 */

                /**
                 * Constructs a new PolicyFile.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a PolicyFile.
                 * @constructor
                 * @param {yibao.center.v1.PolicyFile.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PolicyFile = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * PolicyFile region.
                 * @member {string} region
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 */
                PolicyFile.prototype.region = "";

                /**
                 * PolicyFile effectiveFrom.
                 * @member {string} effectiveFrom
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 */
                PolicyFile.prototype.effectiveFrom = "";

                /**
                 * PolicyFile effectiveTo.
                 * @member {string} effectiveTo
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 */
                PolicyFile.prototype.effectiveTo = "";

                /**
                 * PolicyFile version.
                 * @member {string} version
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 */
                PolicyFile.prototype.version = "";

                /**
                 * PolicyFile mediaType.
                 * @member {string} mediaType
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 */
                PolicyFile.prototype.mediaType = "";

                /**
                 * PolicyFile content.
                 * @member {Uint8Array} content
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 */
                PolicyFile.prototype.content = $util.newBuffer([]);

                /**
                 * PolicyFile sha256.
                 * @member {Uint8Array} sha256
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 */
                PolicyFile.prototype.sha256 = $util.newBuffer([]);

                /**
                 * Creates a new PolicyFile instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {yibao.center.v1.PolicyFile.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.PolicyFile} PolicyFile instance
                 * @type {{
                 *   (properties: yibao.center.v1.PolicyFile.$Shape): yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape;
                 *   (properties?: yibao.center.v1.PolicyFile.$Properties): yibao.center.v1.PolicyFile;
                 * }}
                 */
                PolicyFile.create = function(properties) {
                    return new PolicyFile(properties);
                };

                /**
                 * Encodes the specified PolicyFile message. Does not implicitly {@link yibao.center.v1.PolicyFile.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {yibao.center.v1.PolicyFile.$Properties} m PolicyFile message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PolicyFile.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.region != null && $Object.hasOwnProperty.call(m, "region") && m.region !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.region);
                    if (m.effectiveFrom != null && $Object.hasOwnProperty.call(m, "effectiveFrom") && m.effectiveFrom !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.effectiveFrom);
                    if (m.effectiveTo != null && $Object.hasOwnProperty.call(m, "effectiveTo") && m.effectiveTo !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.effectiveTo);
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.version);
                    if (m.mediaType != null && $Object.hasOwnProperty.call(m, "mediaType") && m.mediaType !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.mediaType);
                    if (m.content != null && $Object.hasOwnProperty.call(m, "content") && m.content.length)
                        w.uint32(/* id 6, wireType 2 =*/50).bytes(m.content);
                    if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256.length)
                        w.uint32(/* id 7, wireType 2 =*/58).bytes(m.sha256);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified PolicyFile message, length delimited. Does not implicitly {@link yibao.center.v1.PolicyFile.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {yibao.center.v1.PolicyFile.$Properties} message PolicyFile message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PolicyFile.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PolicyFile message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape} PolicyFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PolicyFile.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.PolicyFile();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.region = v;
                                else
                                    delete m.region;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.effectiveFrom = v;
                                else
                                    delete m.effectiveFrom;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.effectiveTo = v;
                                else
                                    delete m.effectiveTo;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.version = v;
                                else
                                    delete m.version;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.mediaType = v;
                                else
                                    delete m.mediaType;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.content = v;
                                else
                                    delete m.content;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.sha256 = v;
                                else
                                    delete m.sha256;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a PolicyFile message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape} PolicyFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PolicyFile.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PolicyFile message.
                 * @function verify
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PolicyFile.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.region != null && $Object.hasOwnProperty.call(m, "region")) {
                        if (!$util.isString(m.region))
                            return "region: string expected";
                    }
                    if (m.effectiveFrom != null && $Object.hasOwnProperty.call(m, "effectiveFrom")) {
                        if (!$util.isString(m.effectiveFrom))
                            return "effectiveFrom: string expected";
                    }
                    if (m.effectiveTo != null && $Object.hasOwnProperty.call(m, "effectiveTo")) {
                        if (!$util.isString(m.effectiveTo))
                            return "effectiveTo: string expected";
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        if (!$util.isString(m.version))
                            return "version: string expected";
                    }
                    if (m.mediaType != null && $Object.hasOwnProperty.call(m, "mediaType")) {
                        if (!$util.isString(m.mediaType))
                            return "mediaType: string expected";
                    }
                    if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                        if (!(m.content && typeof m.content.length === "number" || $util.isString(m.content)))
                            return "content: buffer expected";
                    }
                    if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                        if (!(m.sha256 && typeof m.sha256.length === "number" || $util.isString(m.sha256)))
                            return "sha256: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a PolicyFile message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.PolicyFile} PolicyFile
                 */
                PolicyFile.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.PolicyFile)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.PolicyFile: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.PolicyFile();
                    if (d.region != null) {
                        if (typeof d.region !== "string" || d.region.length) {
                            m.region = $String(d.region);
                        }
                    }
                    if (d.effectiveFrom != null) {
                        if (typeof d.effectiveFrom !== "string" || d.effectiveFrom.length) {
                            m.effectiveFrom = $String(d.effectiveFrom);
                        }
                    }
                    if (d.effectiveTo != null) {
                        if (typeof d.effectiveTo !== "string" || d.effectiveTo.length) {
                            m.effectiveTo = $String(d.effectiveTo);
                        }
                    }
                    if (d.version != null) {
                        if (typeof d.version !== "string" || d.version.length) {
                            m.version = $String(d.version);
                        }
                    }
                    if (d.mediaType != null) {
                        if (typeof d.mediaType !== "string" || d.mediaType.length) {
                            m.mediaType = $String(d.mediaType);
                        }
                    }
                    if (d.content != null) {
                        if (d.content.length) {
                            if (typeof d.content === "string")
                                $util.base64.decode(d.content, m.content = $util.newBuffer($util.base64.length(d.content)), 0);
                            else if (d.content.length >= 0)
                                m.content = d.content;
                        }
                    }
                    if (d.sha256 != null) {
                        if (d.sha256.length) {
                            if (typeof d.sha256 === "string")
                                $util.base64.decode(d.sha256, m.sha256 = $util.newBuffer($util.base64.length(d.sha256)), 0);
                            else if (d.sha256.length >= 0)
                                m.sha256 = d.sha256;
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a PolicyFile message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {yibao.center.v1.PolicyFile} m PolicyFile
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PolicyFile.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.region = "";
                        d.effectiveFrom = "";
                        d.effectiveTo = "";
                        d.version = "";
                        d.mediaType = "";
                        if (o.bytes === $String)
                            d.content = "";
                        else {
                            d.content = [];
                            if (o.bytes !== $Array)
                                d.content = $util.newBuffer(d.content);
                        }
                        if (o.bytes === $String)
                            d.sha256 = "";
                        else {
                            d.sha256 = [];
                            if (o.bytes !== $Array)
                                d.sha256 = $util.newBuffer(d.sha256);
                        }
                    }
                    if (m.region != null && $Object.hasOwnProperty.call(m, "region")) {
                        d.region = m.region;
                    }
                    if (m.effectiveFrom != null && $Object.hasOwnProperty.call(m, "effectiveFrom")) {
                        d.effectiveFrom = m.effectiveFrom;
                    }
                    if (m.effectiveTo != null && $Object.hasOwnProperty.call(m, "effectiveTo")) {
                        d.effectiveTo = m.effectiveTo;
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.mediaType != null && $Object.hasOwnProperty.call(m, "mediaType")) {
                        d.mediaType = m.mediaType;
                    }
                    if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                        d.content = o.bytes === $String ? $util.base64.encode(m.content, 0, m.content.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.content) : m.content;
                    }
                    if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                        d.sha256 = o.bytes === $String ? $util.base64.encode(m.sha256, 0, m.sha256.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.sha256) : m.sha256;
                    }
                    return d;
                };

                /**
                 * Converts this PolicyFile to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.PolicyFile
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PolicyFile.prototype.toJSON = function() {
                    return PolicyFile.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PolicyFile
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.PolicyFile
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PolicyFile.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.PolicyFile";
                };

                return PolicyFile;
            })();

            v1.BlockedCard = (function() {

                /**
                 * Properties of a BlockedCard.
                 * @typedef {Object} yibao.center.v1.BlockedCard.$Properties
                 * @property {string|null} [cardNo] BlockedCard cardNo
                 * @property {string|null} [reason] BlockedCard reason
                 * @property {number|Long|null} [sinceMs] BlockedCard sinceMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BlockedCard.
                 * @memberof yibao.center.v1
                 * @interface IBlockedCard
                 * @augments yibao.center.v1.BlockedCard.$Properties
                 * @deprecated Use yibao.center.v1.BlockedCard.$Properties instead.
                 */

                /**
                 * Shape of a BlockedCard.
                 * @typedef {yibao.center.v1.BlockedCard.$Properties} yibao.center.v1.BlockedCard.$Shape
                 */

                /**
                 * Constructs a new BlockedCard.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a BlockedCard.
                 * @constructor
                 * @param {yibao.center.v1.BlockedCard.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BlockedCard = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * BlockedCard cardNo.
                 * @member {string} cardNo
                 * @memberof yibao.center.v1.BlockedCard
                 * @instance
                 */
                BlockedCard.prototype.cardNo = "";

                /**
                 * BlockedCard reason.
                 * @member {string} reason
                 * @memberof yibao.center.v1.BlockedCard
                 * @instance
                 */
                BlockedCard.prototype.reason = "";

                /**
                 * BlockedCard sinceMs.
                 * @member {number|Long} sinceMs
                 * @memberof yibao.center.v1.BlockedCard
                 * @instance
                 */
                BlockedCard.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new BlockedCard instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {yibao.center.v1.BlockedCard.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.BlockedCard} BlockedCard instance
                 * @type {{
                 *   (properties: yibao.center.v1.BlockedCard.$Shape): yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape;
                 *   (properties?: yibao.center.v1.BlockedCard.$Properties): yibao.center.v1.BlockedCard;
                 * }}
                 */
                BlockedCard.create = function(properties) {
                    return new BlockedCard(properties);
                };

                /**
                 * Encodes the specified BlockedCard message. Does not implicitly {@link yibao.center.v1.BlockedCard.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {yibao.center.v1.BlockedCard.$Properties} m BlockedCard message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockedCard.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.cardNo != null && $Object.hasOwnProperty.call(m, "cardNo") && m.cardNo !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.cardNo);
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                    if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs") && (typeof m.sinceMs === "object" ? m.sinceMs.low || m.sinceMs.high : m.sinceMs !== 0))
                        w.uint32(/* id 3, wireType 0 =*/24).int64(m.sinceMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified BlockedCard message, length delimited. Does not implicitly {@link yibao.center.v1.BlockedCard.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {yibao.center.v1.BlockedCard.$Properties} message BlockedCard message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockedCard.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a BlockedCard message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape} BlockedCard
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockedCard.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.BlockedCard();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.cardNo = v;
                                else
                                    delete m.cardNo;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                    m.sinceMs = v;
                                else
                                    delete m.sinceMs;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a BlockedCard message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape} BlockedCard
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockedCard.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a BlockedCard message.
                 * @function verify
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BlockedCard.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.cardNo != null && $Object.hasOwnProperty.call(m, "cardNo")) {
                        if (!$util.isString(m.cardNo))
                            return "cardNo: string expected";
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        if (!$util.isString(m.reason))
                            return "reason: string expected";
                    }
                    if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs")) {
                        if (!$util.isInteger(m.sinceMs) && !(m.sinceMs && $util.isInteger(m.sinceMs.low) && $util.isInteger(m.sinceMs.high)))
                            return "sinceMs: integer|Long expected";
                    }
                    return null;
                };

                /**
                 * Creates a BlockedCard message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.BlockedCard} BlockedCard
                 */
                BlockedCard.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.BlockedCard)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.BlockedCard: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.BlockedCard();
                    if (d.cardNo != null) {
                        if (typeof d.cardNo !== "string" || d.cardNo.length) {
                            m.cardNo = $String(d.cardNo);
                        }
                    }
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    if (d.sinceMs != null) {
                        if (typeof d.sinceMs === "object" ? d.sinceMs.low || d.sinceMs.high : $Number(d.sinceMs) !== 0) {
                            if ($util.Long)
                                m.sinceMs = $util.Long.fromValue(d.sinceMs, false);
                            else if (typeof d.sinceMs === "string")
                                m.sinceMs = $parseInt(d.sinceMs, 10);
                            else if (typeof d.sinceMs === "number")
                                m.sinceMs = d.sinceMs;
                            else if (typeof d.sinceMs === "object")
                                m.sinceMs = new $util.LongBits(d.sinceMs.low >>> 0, d.sinceMs.high >>> 0).toNumber();
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a BlockedCard message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {yibao.center.v1.BlockedCard} m BlockedCard
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BlockedCard.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.cardNo = "";
                        d.reason = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, false);
                            d.sinceMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.sinceMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.cardNo != null && $Object.hasOwnProperty.call(m, "cardNo")) {
                        d.cardNo = m.cardNo;
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.sinceMs = typeof m.sinceMs === "number" ? $BigInt(m.sinceMs) : $util.Long.fromBits(m.sinceMs.low >>> 0, m.sinceMs.high >>> 0, false).toBigInt();
                        else if (typeof m.sinceMs === "number")
                            d.sinceMs = o.longs === $String ? $String(m.sinceMs) : m.sinceMs;
                        else
                            d.sinceMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sinceMs) : o.longs === $Number ? new $util.LongBits(m.sinceMs.low >>> 0, m.sinceMs.high >>> 0).toNumber() : m.sinceMs;
                    }
                    return d;
                };

                /**
                 * Converts this BlockedCard to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.BlockedCard
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BlockedCard.prototype.toJSON = function() {
                    return BlockedCard.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BlockedCard
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.BlockedCard
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BlockedCard.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.BlockedCard";
                };

                return BlockedCard;
            })();

            v1.SyncReply = (function() {

                /**
                 * Properties of a SyncReply.
                 * @typedef {Object} yibao.center.v1.SyncReply.$Properties
                 * @property {yibao.center.v1.SyncKind|null} [kind] SyncReply kind
                 * @property {string|null} [version] SyncReply version
                 * @property {boolean|null} [full] SyncReply full
                 * @property {boolean|null} [upToDate] SyncReply upToDate
                 * @property {Array.<yibao.center.v1.CatalogueItem.$Properties>|null} [catalogue] SyncReply catalogue
                 * @property {Array.<yibao.center.v1.PolicyFile.$Properties>|null} [policies] SyncReply policies
                 * @property {Array.<yibao.center.v1.BlockedCard.$Properties>|null} [blocklist] SyncReply blocklist
                 * @property {Array.<string>|null} [removed] SyncReply removed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SyncReply.
                 * @memberof yibao.center.v1
                 * @interface ISyncReply
                 * @augments yibao.center.v1.SyncReply.$Properties
                 * @deprecated Use yibao.center.v1.SyncReply.$Properties instead.
                 */

                /**
                 * Shape of a SyncReply.
                 * @typedef {yibao.center.v1.SyncReply.$Properties} yibao.center.v1.SyncReply.$Shape
                 */

                /**
                 * Constructs a new SyncReply.
                 * @memberof yibao.center.v1
                 * @classdesc Represents a SyncReply.
                 * @constructor
                 * @param {yibao.center.v1.SyncReply.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SyncReply = function (p) {
                    this.catalogue = [];
                    this.policies = [];
                    this.blocklist = [];
                    this.removed = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * SyncReply kind.
                 * @member {yibao.center.v1.SyncKind} kind
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.kind = 0;

                /**
                 * SyncReply version.
                 * @member {string} version
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.version = "";

                /**
                 * SyncReply full.
                 * @member {boolean} full
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.full = false;

                /**
                 * SyncReply upToDate.
                 * @member {boolean} upToDate
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.upToDate = false;

                /**
                 * SyncReply catalogue.
                 * @member {Array.<yibao.center.v1.CatalogueItem.$Properties>} catalogue
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.catalogue = $util.emptyArray;

                /**
                 * SyncReply policies.
                 * @member {Array.<yibao.center.v1.PolicyFile.$Properties>} policies
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.policies = $util.emptyArray;

                /**
                 * SyncReply blocklist.
                 * @member {Array.<yibao.center.v1.BlockedCard.$Properties>} blocklist
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.blocklist = $util.emptyArray;

                /**
                 * SyncReply removed.
                 * @member {Array.<string>} removed
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 */
                SyncReply.prototype.removed = $util.emptyArray;

                /**
                 * Creates a new SyncReply instance using the specified properties.
                 * @function create
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {yibao.center.v1.SyncReply.$Properties=} [properties] Properties to set
                 * @returns {yibao.center.v1.SyncReply} SyncReply instance
                 * @type {{
                 *   (properties: yibao.center.v1.SyncReply.$Shape): yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape;
                 *   (properties?: yibao.center.v1.SyncReply.$Properties): yibao.center.v1.SyncReply;
                 * }}
                 */
                SyncReply.create = function(properties) {
                    return new SyncReply(properties);
                };

                /**
                 * Encodes the specified SyncReply message. Does not implicitly {@link yibao.center.v1.SyncReply.verify|verify} messages.
                 * @function encode
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {yibao.center.v1.SyncReply.$Properties} m SyncReply message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncReply.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                        w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.version);
                    if (m.full != null && $Object.hasOwnProperty.call(m, "full") && m.full !== false)
                        w.uint32(/* id 3, wireType 0 =*/24).bool(m.full);
                    if (m.upToDate != null && $Object.hasOwnProperty.call(m, "upToDate") && m.upToDate !== false)
                        w.uint32(/* id 4, wireType 0 =*/32).bool(m.upToDate);
                    if (m.catalogue != null && m.catalogue.length) {
                        for (var i = 0; i < m.catalogue.length; ++i)
                            $root.yibao.center.v1.CatalogueItem.encode(m.catalogue[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    }
                    if (m.policies != null && m.policies.length) {
                        for (var i = 0; i < m.policies.length; ++i)
                            $root.yibao.center.v1.PolicyFile.encode(m.policies[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    }
                    if (m.blocklist != null && m.blocklist.length) {
                        for (var i = 0; i < m.blocklist.length; ++i)
                            $root.yibao.center.v1.BlockedCard.encode(m.blocklist[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    }
                    if (m.removed != null && m.removed.length) {
                        for (var i = 0; i < m.removed.length; ++i)
                            w.uint32(/* id 8, wireType 2 =*/66).string(m.removed[i]);
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified SyncReply message, length delimited. Does not implicitly {@link yibao.center.v1.SyncReply.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {yibao.center.v1.SyncReply.$Properties} message SyncReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SyncReply.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SyncReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape} SyncReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncReply.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.yibao.center.v1.SyncReply();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.int32())
                                    m.kind = v;
                                else
                                    delete m.kind;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.version = v;
                                else
                                    delete m.version;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.full = v;
                                else
                                    delete m.full;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.upToDate = v;
                                else
                                    delete m.upToDate;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if (!(m.catalogue && m.catalogue.length))
                                    m.catalogue = [];
                                m.catalogue.push($root.yibao.center.v1.CatalogueItem.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if (!(m.policies && m.policies.length))
                                    m.policies = [];
                                m.policies.push($root.yibao.center.v1.PolicyFile.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if (!(m.blocklist && m.blocklist.length))
                                    m.blocklist = [];
                                m.blocklist.push($root.yibao.center.v1.BlockedCard.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        case 8: {
                                if (u !== 2)
                                    break;
                                if (!(m.removed && m.removed.length))
                                    m.removed = [];
                                m.removed.push(r.stringVerify());
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a SyncReply message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape} SyncReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SyncReply.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SyncReply message.
                 * @function verify
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SyncReply.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                            return "kind: enum value expected";
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        if (!$util.isString(m.version))
                            return "version: string expected";
                    }
                    if (m.full != null && $Object.hasOwnProperty.call(m, "full")) {
                        if (typeof m.full !== "boolean")
                            return "full: boolean expected";
                    }
                    if (m.upToDate != null && $Object.hasOwnProperty.call(m, "upToDate")) {
                        if (typeof m.upToDate !== "boolean")
                            return "upToDate: boolean expected";
                    }
                    if (m.catalogue != null && $Object.hasOwnProperty.call(m, "catalogue")) {
                        if (!$Array.isArray(m.catalogue))
                            return "catalogue: array expected";
                        for (var i = 0; i < m.catalogue.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.CatalogueItem.verify(m.catalogue[i], q + 1);
                                if (e)
                                    return "catalogue." + e;
                            }
                        }
                    }
                    if (m.policies != null && $Object.hasOwnProperty.call(m, "policies")) {
                        if (!$Array.isArray(m.policies))
                            return "policies: array expected";
                        for (var i = 0; i < m.policies.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.PolicyFile.verify(m.policies[i], q + 1);
                                if (e)
                                    return "policies." + e;
                            }
                        }
                    }
                    if (m.blocklist != null && $Object.hasOwnProperty.call(m, "blocklist")) {
                        if (!$Array.isArray(m.blocklist))
                            return "blocklist: array expected";
                        for (var i = 0; i < m.blocklist.length; ++i) {
                            {
                                var e = $root.yibao.center.v1.BlockedCard.verify(m.blocklist[i], q + 1);
                                if (e)
                                    return "blocklist." + e;
                            }
                        }
                    }
                    if (m.removed != null && $Object.hasOwnProperty.call(m, "removed")) {
                        if (!$Array.isArray(m.removed))
                            return "removed: array expected";
                        for (var i = 0; i < m.removed.length; ++i) {
                            if (!$util.isString(m.removed[i]))
                                return "removed: string[] expected";
                        }
                    }
                    return null;
                };

                /**
                 * Creates a SyncReply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {yibao.center.v1.SyncReply} SyncReply
                 */
                SyncReply.fromObject = function (d, q) {
                    if (d instanceof $root.yibao.center.v1.SyncReply)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".yibao.center.v1.SyncReply: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.yibao.center.v1.SyncReply();
                    if (d.kind !== 0 && (typeof d.kind !== "string" || $root.yibao.center.v1.SyncKind[d.kind] !== 0)) {
                        switch (d.kind) {
                        case "SYNC_KIND_UNSPECIFIED":
                        case 0:
                            m.kind = 0;
                            break;
                        case "SYNC_KIND_CATALOGUE":
                        case 1:
                            m.kind = 1;
                            break;
                        case "SYNC_KIND_POLICIES":
                        case 2:
                            m.kind = 2;
                            break;
                        case "SYNC_KIND_BLOCKLIST":
                        case 3:
                            m.kind = 3;
                            break;
                        default:
                            if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                                m.kind = d.kind;
                        }
                    }
                    if (d.version != null) {
                        if (typeof d.version !== "string" || d.version.length) {
                            m.version = $String(d.version);
                        }
                    }
                    if (d.full != null) {
                        if (d.full) {
                            m.full = $Boolean(d.full);
                        }
                    }
                    if (d.upToDate != null) {
                        if (d.upToDate) {
                            m.upToDate = $Boolean(d.upToDate);
                        }
                    }
                    if (d.catalogue) {
                        if (!$Array.isArray(d.catalogue))
                            throw $TypeError(".yibao.center.v1.SyncReply.catalogue: array expected");
                        m.catalogue = $Array(d.catalogue.length);
                        for (var i = 0; i < d.catalogue.length; ++i) {
                            if (!$util.isObject(d.catalogue[i]))
                                throw $TypeError(".yibao.center.v1.SyncReply.catalogue: object expected");
                            m.catalogue[i] = $root.yibao.center.v1.CatalogueItem.fromObject(d.catalogue[i], q + 1);
                        }
                    }
                    if (d.policies) {
                        if (!$Array.isArray(d.policies))
                            throw $TypeError(".yibao.center.v1.SyncReply.policies: array expected");
                        m.policies = $Array(d.policies.length);
                        for (var i = 0; i < d.policies.length; ++i) {
                            if (!$util.isObject(d.policies[i]))
                                throw $TypeError(".yibao.center.v1.SyncReply.policies: object expected");
                            m.policies[i] = $root.yibao.center.v1.PolicyFile.fromObject(d.policies[i], q + 1);
                        }
                    }
                    if (d.blocklist) {
                        if (!$Array.isArray(d.blocklist))
                            throw $TypeError(".yibao.center.v1.SyncReply.blocklist: array expected");
                        m.blocklist = $Array(d.blocklist.length);
                        for (var i = 0; i < d.blocklist.length; ++i) {
                            if (!$util.isObject(d.blocklist[i]))
                                throw $TypeError(".yibao.center.v1.SyncReply.blocklist: object expected");
                            m.blocklist[i] = $root.yibao.center.v1.BlockedCard.fromObject(d.blocklist[i], q + 1);
                        }
                    }
                    if (d.removed) {
                        if (!$Array.isArray(d.removed))
                            throw $TypeError(".yibao.center.v1.SyncReply.removed: array expected");
                        m.removed = $Array(d.removed.length);
                        for (var i = 0; i < d.removed.length; ++i) {
                            m.removed[i] = $String(d.removed[i]);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a SyncReply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {yibao.center.v1.SyncReply} m SyncReply
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SyncReply.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.catalogue = [];
                        d.policies = [];
                        d.blocklist = [];
                        d.removed = [];
                    }
                    if (o.defaults) {
                        d.kind = o.enums === $String ? "SYNC_KIND_UNSPECIFIED" : 0;
                        d.version = "";
                        d.full = false;
                        d.upToDate = false;
                    }
                    if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                        d.kind = o.enums === $String ? $root.yibao.center.v1.SyncKind[m.kind] === $undefined ? m.kind : $root.yibao.center.v1.SyncKind[m.kind] : m.kind;
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.full != null && $Object.hasOwnProperty.call(m, "full")) {
                        d.full = m.full;
                    }
                    if (m.upToDate != null && $Object.hasOwnProperty.call(m, "upToDate")) {
                        d.upToDate = m.upToDate;
                    }
                    if (m.catalogue && m.catalogue.length) {
                        d.catalogue = $Array(m.catalogue.length);
                        for (var j = 0; j < m.catalogue.length; ++j) {
                            d.catalogue[j] = $root.yibao.center.v1.CatalogueItem.toObject(m.catalogue[j], o, q + 1);
                        }
                    }
                    if (m.policies && m.policies.length) {
                        d.policies = $Array(m.policies.length);
                        for (var j = 0; j < m.policies.length; ++j) {
                            d.policies[j] = $root.yibao.center.v1.PolicyFile.toObject(m.policies[j], o, q + 1);
                        }
                    }
                    if (m.blocklist && m.blocklist.length) {
                        d.blocklist = $Array(m.blocklist.length);
                        for (var j = 0; j < m.blocklist.length; ++j) {
                            d.blocklist[j] = $root.yibao.center.v1.BlockedCard.toObject(m.blocklist[j], o, q + 1);
                        }
                    }
                    if (m.removed && m.removed.length) {
                        d.removed = $Array(m.removed.length);
                        for (var j = 0; j < m.removed.length; ++j) {
                            d.removed[j] = m.removed[j];
                        }
                    }
                    return d;
                };

                /**
                 * Converts this SyncReply to JSON.
                 * @function toJSON
                 * @memberof yibao.center.v1.SyncReply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SyncReply.prototype.toJSON = function() {
                    return SyncReply.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SyncReply
                 * @function getTypeUrl
                 * @memberof yibao.center.v1.SyncReply
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SyncReply.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/yibao.center.v1.SyncReply";
                };

                return SyncReply;
            })();

            return v1;
        })();

        return center;
    })();

    return yibao;
})();

export {
  $root as default
};
