import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace yibao. */
export namespace yibao {

    /** Namespace center. */
    namespace center {

        /** Namespace v1. */
        namespace v1 {

            /** AdjudicationOutcome enum. */
            enum AdjudicationOutcome {

                /** ADJUDICATION_OUTCOME_UNSPECIFIED value */
                ADJUDICATION_OUTCOME_UNSPECIFIED = 0,

                /** ADJUDICATION_OUTCOME_ACCEPTED value */
                ADJUDICATION_OUTCOME_ACCEPTED = 1,

                /** ADJUDICATION_OUTCOME_ADJUSTED value */
                ADJUDICATION_OUTCOME_ADJUSTED = 2,

                /** ADJUDICATION_OUTCOME_REJECTED value */
                ADJUDICATION_OUTCOME_REJECTED = 3
            }

            /**
             * Properties of a LineDecision.
             * @deprecated Use yibao.center.v1.LineDecision.$Properties instead.
             */
            interface ILineDecision extends yibao.center.v1.LineDecision.$Properties {
            }

            /** Represents a LineDecision. */
            class LineDecision {

                /**
                 * Constructs a new LineDecision.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.LineDecision.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LineDecision feedetlSn. */
                feedetlSn: string;

                /** LineDecision outcome. */
                outcome: yibao.center.v1.AdjudicationOutcome;

                /** LineDecision code. */
                code: string;

                /** LineDecision reason. */
                reason: string;

                /** LineDecision allowedAmt. */
                allowedAmt: string;

                /**
                 * Creates a new LineDecision instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LineDecision instance
                 */
                static create(properties: yibao.center.v1.LineDecision.$Shape): yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape;
                static create(properties?: yibao.center.v1.LineDecision.$Properties): yibao.center.v1.LineDecision;

                /**
                 * Encodes the specified LineDecision message. Does not implicitly {@link yibao.center.v1.LineDecision.verify|verify} messages.
                 * @param m LineDecision message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.LineDecision.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LineDecision message, length delimited. Does not implicitly {@link yibao.center.v1.LineDecision.verify|verify} messages.
                 * @param message LineDecision message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.LineDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LineDecision message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape} LineDecision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape;

                /**
                 * Decodes a LineDecision message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape} LineDecision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.LineDecision & yibao.center.v1.LineDecision.$Shape;

                /**
                 * Verifies a LineDecision message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a LineDecision message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns LineDecision
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.LineDecision;

                /**
                 * Creates a plain object from a LineDecision message. Also converts values to other types if specified.
                 * @param m LineDecision
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.LineDecision, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LineDecision to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LineDecision
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LineDecision {

                /** Properties of a LineDecision. */
                interface $Properties {

                    /** LineDecision feedetlSn */
                    feedetlSn?: (string|null);

                    /** LineDecision outcome */
                    outcome?: (yibao.center.v1.AdjudicationOutcome|null);

                    /** LineDecision code */
                    code?: (string|null);

                    /** LineDecision reason */
                    reason?: (string|null);

                    /** LineDecision allowedAmt */
                    allowedAmt?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LineDecision. */
                type $Shape = yibao.center.v1.LineDecision.$Properties;
            }

            /**
             * Properties of an Adjudication.
             * @deprecated Use yibao.center.v1.Adjudication.$Properties instead.
             */
            interface IAdjudication extends yibao.center.v1.Adjudication.$Properties {
            }

            /** Represents an Adjudication. */
            class Adjudication {

                /**
                 * Constructs a new Adjudication.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Adjudication.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Adjudication recordId. */
                recordId: string;

                /** Adjudication setlId. */
                setlId: string;

                /** Adjudication outcome. */
                outcome: yibao.center.v1.AdjudicationOutcome;

                /** Adjudication adjusted. */
                adjusted?: (yibao.center.v1.Amounts.$Properties|null);

                /** Adjudication lines. */
                lines: yibao.center.v1.LineDecision.$Properties[];

                /** Adjudication code. */
                code: string;

                /** Adjudication reason. */
                reason: string;

                /** Adjudication decidedAtMs. */
                decidedAtMs: (number|Long);

                /** Adjudication cursor. */
                cursor: (number|Long);

                /**
                 * Creates a new Adjudication instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Adjudication instance
                 */
                static create(properties: yibao.center.v1.Adjudication.$Shape): yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape;
                static create(properties?: yibao.center.v1.Adjudication.$Properties): yibao.center.v1.Adjudication;

                /**
                 * Encodes the specified Adjudication message. Does not implicitly {@link yibao.center.v1.Adjudication.verify|verify} messages.
                 * @param m Adjudication message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Adjudication.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Adjudication message, length delimited. Does not implicitly {@link yibao.center.v1.Adjudication.verify|verify} messages.
                 * @param message Adjudication message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Adjudication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Adjudication message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape} Adjudication
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape;

                /**
                 * Decodes an Adjudication message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape} Adjudication
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Adjudication & yibao.center.v1.Adjudication.$Shape;

                /**
                 * Verifies an Adjudication message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an Adjudication message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Adjudication
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Adjudication;

                /**
                 * Creates a plain object from an Adjudication message. Also converts values to other types if specified.
                 * @param m Adjudication
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Adjudication, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Adjudication to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Adjudication
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Adjudication {

                /** Properties of an Adjudication. */
                interface $Properties {

                    /** Adjudication recordId */
                    recordId?: (string|null);

                    /** Adjudication setlId */
                    setlId?: (string|null);

                    /** Adjudication outcome */
                    outcome?: (yibao.center.v1.AdjudicationOutcome|null);

                    /** Adjudication adjusted */
                    adjusted?: (yibao.center.v1.Amounts.$Properties|null);

                    /** Adjudication lines */
                    lines?: (yibao.center.v1.LineDecision.$Properties[]|null);

                    /** Adjudication code */
                    code?: (string|null);

                    /** Adjudication reason */
                    reason?: (string|null);

                    /** Adjudication decidedAtMs */
                    decidedAtMs?: (number|Long|null);

                    /** Adjudication cursor */
                    cursor?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Adjudication. */
                type $Shape = yibao.center.v1.Adjudication.$Properties;
            }

            /**
             * Properties of an AdjudicationQuery.
             * @deprecated Use yibao.center.v1.AdjudicationQuery.$Properties instead.
             */
            interface IAdjudicationQuery extends yibao.center.v1.AdjudicationQuery.$Properties {
            }

            /** Represents an AdjudicationQuery. */
            class AdjudicationQuery {

                /**
                 * Constructs a new AdjudicationQuery.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.AdjudicationQuery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AdjudicationQuery afterCursor. */
                afterCursor: (number|Long);

                /** AdjudicationQuery limit. */
                limit: number;

                /**
                 * Creates a new AdjudicationQuery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AdjudicationQuery instance
                 */
                static create(properties: yibao.center.v1.AdjudicationQuery.$Shape): yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape;
                static create(properties?: yibao.center.v1.AdjudicationQuery.$Properties): yibao.center.v1.AdjudicationQuery;

                /**
                 * Encodes the specified AdjudicationQuery message. Does not implicitly {@link yibao.center.v1.AdjudicationQuery.verify|verify} messages.
                 * @param m AdjudicationQuery message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.AdjudicationQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AdjudicationQuery message, length delimited. Does not implicitly {@link yibao.center.v1.AdjudicationQuery.verify|verify} messages.
                 * @param message AdjudicationQuery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.AdjudicationQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AdjudicationQuery message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape} AdjudicationQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape;

                /**
                 * Decodes an AdjudicationQuery message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape} AdjudicationQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.AdjudicationQuery & yibao.center.v1.AdjudicationQuery.$Shape;

                /**
                 * Verifies an AdjudicationQuery message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an AdjudicationQuery message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AdjudicationQuery
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.AdjudicationQuery;

                /**
                 * Creates a plain object from an AdjudicationQuery message. Also converts values to other types if specified.
                 * @param m AdjudicationQuery
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.AdjudicationQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AdjudicationQuery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AdjudicationQuery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AdjudicationQuery {

                /** Properties of an AdjudicationQuery. */
                interface $Properties {

                    /** AdjudicationQuery afterCursor */
                    afterCursor?: (number|Long|null);

                    /** AdjudicationQuery limit */
                    limit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AdjudicationQuery. */
                type $Shape = yibao.center.v1.AdjudicationQuery.$Properties;
            }

            /**
             * Properties of an AdjudicationPage.
             * @deprecated Use yibao.center.v1.AdjudicationPage.$Properties instead.
             */
            interface IAdjudicationPage extends yibao.center.v1.AdjudicationPage.$Properties {
            }

            /** Represents an AdjudicationPage. */
            class AdjudicationPage {

                /**
                 * Constructs a new AdjudicationPage.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.AdjudicationPage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AdjudicationPage results. */
                results: yibao.center.v1.Adjudication.$Properties[];

                /** AdjudicationPage nextCursor. */
                nextCursor: (number|Long);

                /** AdjudicationPage more. */
                more: boolean;

                /**
                 * Creates a new AdjudicationPage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AdjudicationPage instance
                 */
                static create(properties: yibao.center.v1.AdjudicationPage.$Shape): yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape;
                static create(properties?: yibao.center.v1.AdjudicationPage.$Properties): yibao.center.v1.AdjudicationPage;

                /**
                 * Encodes the specified AdjudicationPage message. Does not implicitly {@link yibao.center.v1.AdjudicationPage.verify|verify} messages.
                 * @param m AdjudicationPage message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.AdjudicationPage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AdjudicationPage message, length delimited. Does not implicitly {@link yibao.center.v1.AdjudicationPage.verify|verify} messages.
                 * @param message AdjudicationPage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.AdjudicationPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AdjudicationPage message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape} AdjudicationPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape;

                /**
                 * Decodes an AdjudicationPage message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape} AdjudicationPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.AdjudicationPage & yibao.center.v1.AdjudicationPage.$Shape;

                /**
                 * Verifies an AdjudicationPage message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an AdjudicationPage message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AdjudicationPage
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.AdjudicationPage;

                /**
                 * Creates a plain object from an AdjudicationPage message. Also converts values to other types if specified.
                 * @param m AdjudicationPage
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.AdjudicationPage, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AdjudicationPage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AdjudicationPage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AdjudicationPage {

                /** Properties of an AdjudicationPage. */
                interface $Properties {

                    /** AdjudicationPage results */
                    results?: (yibao.center.v1.Adjudication.$Properties[]|null);

                    /** AdjudicationPage nextCursor */
                    nextCursor?: (number|Long|null);

                    /** AdjudicationPage more */
                    more?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AdjudicationPage. */
                type $Shape = yibao.center.v1.AdjudicationPage.$Properties;
            }

            /**
             * Properties of an Amounts.
             * @deprecated Use yibao.center.v1.Amounts.$Properties instead.
             */
            interface IAmounts extends yibao.center.v1.Amounts.$Properties {
            }

            /** Represents an Amounts. */
            class Amounts {

                /**
                 * Constructs a new Amounts.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Amounts.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Amounts medfeeSumamt. */
                medfeeSumamt: string;

                /** Amounts fulamtOwnpayAmt. */
                fulamtOwnpayAmt: string;

                /** Amounts overlmtSelfpay. */
                overlmtSelfpay: string;

                /** Amounts preselfpayAmt. */
                preselfpayAmt: string;

                /** Amounts inscpScpAmt. */
                inscpScpAmt: string;

                /** Amounts actPayDedc. */
                actPayDedc: string;

                /** Amounts hifpPay. */
                hifpPay: string;

                /** Amounts hifmiPay. */
                hifmiPay: string;

                /** Amounts mafPay. */
                mafPay: string;

                /** Amounts othPay. */
                othPay: string;

                /** Amounts fundPaySumamt. */
                fundPaySumamt: string;

                /** Amounts psnPartAmt. */
                psnPartAmt: string;

                /** Amounts acctPay. */
                acctPay: string;

                /** Amounts psnCashPay. */
                psnCashPay: string;

                /**
                 * Creates a new Amounts instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Amounts instance
                 */
                static create(properties: yibao.center.v1.Amounts.$Shape): yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape;
                static create(properties?: yibao.center.v1.Amounts.$Properties): yibao.center.v1.Amounts;

                /**
                 * Encodes the specified Amounts message. Does not implicitly {@link yibao.center.v1.Amounts.verify|verify} messages.
                 * @param m Amounts message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Amounts.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Amounts message, length delimited. Does not implicitly {@link yibao.center.v1.Amounts.verify|verify} messages.
                 * @param message Amounts message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Amounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Amounts message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape} Amounts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape;

                /**
                 * Decodes an Amounts message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape} Amounts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Amounts & yibao.center.v1.Amounts.$Shape;

                /**
                 * Verifies an Amounts message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an Amounts message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Amounts
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Amounts;

                /**
                 * Creates a plain object from an Amounts message. Also converts values to other types if specified.
                 * @param m Amounts
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Amounts, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Amounts to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Amounts
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Amounts {

                /** Properties of an Amounts. */
                interface $Properties {

                    /** Amounts medfeeSumamt */
                    medfeeSumamt?: (string|null);

                    /** Amounts fulamtOwnpayAmt */
                    fulamtOwnpayAmt?: (string|null);

                    /** Amounts overlmtSelfpay */
                    overlmtSelfpay?: (string|null);

                    /** Amounts preselfpayAmt */
                    preselfpayAmt?: (string|null);

                    /** Amounts inscpScpAmt */
                    inscpScpAmt?: (string|null);

                    /** Amounts actPayDedc */
                    actPayDedc?: (string|null);

                    /** Amounts hifpPay */
                    hifpPay?: (string|null);

                    /** Amounts hifmiPay */
                    hifmiPay?: (string|null);

                    /** Amounts mafPay */
                    mafPay?: (string|null);

                    /** Amounts othPay */
                    othPay?: (string|null);

                    /** Amounts fundPaySumamt */
                    fundPaySumamt?: (string|null);

                    /** Amounts psnPartAmt */
                    psnPartAmt?: (string|null);

                    /** Amounts acctPay */
                    acctPay?: (string|null);

                    /** Amounts psnCashPay */
                    psnCashPay?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Amounts. */
                type $Shape = yibao.center.v1.Amounts.$Properties;
            }

            /**
             * Properties of a FeeLine.
             * @deprecated Use yibao.center.v1.FeeLine.$Properties instead.
             */
            interface IFeeLine extends yibao.center.v1.FeeLine.$Properties {
            }

            /** Represents a FeeLine. */
            class FeeLine {

                /**
                 * Constructs a new FeeLine.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.FeeLine.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FeeLine feedetlSn. */
                feedetlSn: string;

                /** FeeLine initFeedetlSn. */
                initFeedetlSn: string;

                /** FeeLine medListCodg. */
                medListCodg: string;

                /** FeeLine medinsListCodg. */
                medinsListCodg: string;

                /** FeeLine cnt. */
                cnt: string;

                /** FeeLine pric. */
                pric: string;

                /** FeeLine detItemFeeSumamt. */
                detItemFeeSumamt: string;

                /** FeeLine chrgitmLv. */
                chrgitmLv: string;

                /** FeeLine fulamtOwnpayAmt. */
                fulamtOwnpayAmt: string;

                /** FeeLine overlmtAmt. */
                overlmtAmt: string;

                /** FeeLine preselfpayAmt. */
                preselfpayAmt: string;

                /** FeeLine inscpScpAmt. */
                inscpScpAmt: string;

                /** FeeLine feeOcurTimeMs. */
                feeOcurTimeMs: (number|Long);

                /** FeeLine hospApprFlag. */
                hospApprFlag: boolean;

                /**
                 * Creates a new FeeLine instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FeeLine instance
                 */
                static create(properties: yibao.center.v1.FeeLine.$Shape): yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape;
                static create(properties?: yibao.center.v1.FeeLine.$Properties): yibao.center.v1.FeeLine;

                /**
                 * Encodes the specified FeeLine message. Does not implicitly {@link yibao.center.v1.FeeLine.verify|verify} messages.
                 * @param m FeeLine message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.FeeLine.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified FeeLine message, length delimited. Does not implicitly {@link yibao.center.v1.FeeLine.verify|verify} messages.
                 * @param message FeeLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.FeeLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FeeLine message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape} FeeLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape;

                /**
                 * Decodes a FeeLine message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape} FeeLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.FeeLine & yibao.center.v1.FeeLine.$Shape;

                /**
                 * Verifies a FeeLine message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a FeeLine message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns FeeLine
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.FeeLine;

                /**
                 * Creates a plain object from a FeeLine message. Also converts values to other types if specified.
                 * @param m FeeLine
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.FeeLine, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FeeLine to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FeeLine
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FeeLine {

                /** Properties of a FeeLine. */
                interface $Properties {

                    /** FeeLine feedetlSn */
                    feedetlSn?: (string|null);

                    /** FeeLine initFeedetlSn */
                    initFeedetlSn?: (string|null);

                    /** FeeLine medListCodg */
                    medListCodg?: (string|null);

                    /** FeeLine medinsListCodg */
                    medinsListCodg?: (string|null);

                    /** FeeLine cnt */
                    cnt?: (string|null);

                    /** FeeLine pric */
                    pric?: (string|null);

                    /** FeeLine detItemFeeSumamt */
                    detItemFeeSumamt?: (string|null);

                    /** FeeLine chrgitmLv */
                    chrgitmLv?: (string|null);

                    /** FeeLine fulamtOwnpayAmt */
                    fulamtOwnpayAmt?: (string|null);

                    /** FeeLine overlmtAmt */
                    overlmtAmt?: (string|null);

                    /** FeeLine preselfpayAmt */
                    preselfpayAmt?: (string|null);

                    /** FeeLine inscpScpAmt */
                    inscpScpAmt?: (string|null);

                    /** FeeLine feeOcurTimeMs */
                    feeOcurTimeMs?: (number|Long|null);

                    /** FeeLine hospApprFlag */
                    hospApprFlag?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FeeLine. */
                type $Shape = yibao.center.v1.FeeLine.$Properties;
            }

            /**
             * Properties of a Settlement.
             * @deprecated Use yibao.center.v1.Settlement.$Properties instead.
             */
            interface ISettlement extends yibao.center.v1.Settlement.$Properties {
            }

            /** Represents a Settlement. */
            class Settlement {

                /**
                 * Constructs a new Settlement.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Settlement.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Settlement setlId. */
                setlId: string;

                /** Settlement psnNo. */
                psnNo: string;

                /** Settlement insutype. */
                insutype: string;

                /** Settlement psnType. */
                psnType: string;

                /** Settlement medType. */
                medType: string;

                /** Settlement mdtrtareaAdmvs. */
                mdtrtareaAdmvs: string;

                /** Settlement insuplcAdmdvs. */
                insuplcAdmdvs: string;

                /** Settlement fixmedinsCode. */
                fixmedinsCode: string;

                /** Settlement setlTimeMs. */
                setlTimeMs: (number|Long);

                /** Settlement policyVersion. */
                policyVersion: string;

                /** Settlement offline. */
                offline: boolean;

                /** Settlement amounts. */
                amounts?: (yibao.center.v1.Amounts.$Properties|null);

                /** Settlement lines. */
                lines: yibao.center.v1.FeeLine.$Properties[];

                /** Settlement medinsSetlId. */
                medinsSetlId: string;

                /** Settlement interim. */
                interim: boolean;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Settlement instance
                 */
                static create(properties: yibao.center.v1.Settlement.$Shape): yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape;
                static create(properties?: yibao.center.v1.Settlement.$Properties): yibao.center.v1.Settlement;

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link yibao.center.v1.Settlement.verify|verify} messages.
                 * @param m Settlement message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Settlement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Settlement message, length delimited. Does not implicitly {@link yibao.center.v1.Settlement.verify|verify} messages.
                 * @param message Settlement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Settlement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape;

                /**
                 * Decodes a Settlement message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Settlement & yibao.center.v1.Settlement.$Shape;

                /**
                 * Verifies a Settlement message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Settlement message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Settlement
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Settlement;

                /**
                 * Creates a plain object from a Settlement message. Also converts values to other types if specified.
                 * @param m Settlement
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Settlement, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Settlement to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Settlement
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Settlement {

                /** Properties of a Settlement. */
                interface $Properties {

                    /** Settlement setlId */
                    setlId?: (string|null);

                    /** Settlement psnNo */
                    psnNo?: (string|null);

                    /** Settlement insutype */
                    insutype?: (string|null);

                    /** Settlement psnType */
                    psnType?: (string|null);

                    /** Settlement medType */
                    medType?: (string|null);

                    /** Settlement mdtrtareaAdmvs */
                    mdtrtareaAdmvs?: (string|null);

                    /** Settlement insuplcAdmdvs */
                    insuplcAdmdvs?: (string|null);

                    /** Settlement fixmedinsCode */
                    fixmedinsCode?: (string|null);

                    /** Settlement setlTimeMs */
                    setlTimeMs?: (number|Long|null);

                    /** Settlement policyVersion */
                    policyVersion?: (string|null);

                    /** Settlement offline */
                    offline?: (boolean|null);

                    /** Settlement amounts */
                    amounts?: (yibao.center.v1.Amounts.$Properties|null);

                    /** Settlement lines */
                    lines?: (yibao.center.v1.FeeLine.$Properties[]|null);

                    /** Settlement medinsSetlId */
                    medinsSetlId?: (string|null);

                    /** Settlement interim */
                    interim?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Settlement. */
                type $Shape = yibao.center.v1.Settlement.$Properties;
            }

            /**
             * Properties of a Cancellation.
             * @deprecated Use yibao.center.v1.Cancellation.$Properties instead.
             */
            interface ICancellation extends yibao.center.v1.Cancellation.$Properties {
            }

            /** Represents a Cancellation. */
            class Cancellation {

                /**
                 * Constructs a new Cancellation.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Cancellation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Cancellation setlId. */
                setlId: string;

                /** Cancellation origRecordId. */
                origRecordId: string;

                /** Cancellation origSetlId. */
                origSetlId: string;

                /** Cancellation reason. */
                reason: string;

                /** Cancellation cancelTimeMs. */
                cancelTimeMs: (number|Long);

                /** Cancellation amounts. */
                amounts?: (yibao.center.v1.Amounts.$Properties|null);

                /**
                 * Creates a new Cancellation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Cancellation instance
                 */
                static create(properties: yibao.center.v1.Cancellation.$Shape): yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape;
                static create(properties?: yibao.center.v1.Cancellation.$Properties): yibao.center.v1.Cancellation;

                /**
                 * Encodes the specified Cancellation message. Does not implicitly {@link yibao.center.v1.Cancellation.verify|verify} messages.
                 * @param m Cancellation message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Cancellation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Cancellation message, length delimited. Does not implicitly {@link yibao.center.v1.Cancellation.verify|verify} messages.
                 * @param message Cancellation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Cancellation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Cancellation message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape} Cancellation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape;

                /**
                 * Decodes a Cancellation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape} Cancellation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Cancellation & yibao.center.v1.Cancellation.$Shape;

                /**
                 * Verifies a Cancellation message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Cancellation message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Cancellation
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Cancellation;

                /**
                 * Creates a plain object from a Cancellation message. Also converts values to other types if specified.
                 * @param m Cancellation
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Cancellation, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Cancellation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Cancellation
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Cancellation {

                /** Properties of a Cancellation. */
                interface $Properties {

                    /** Cancellation setlId */
                    setlId?: (string|null);

                    /** Cancellation origRecordId */
                    origRecordId?: (string|null);

                    /** Cancellation origSetlId */
                    origSetlId?: (string|null);

                    /** Cancellation reason */
                    reason?: (string|null);

                    /** Cancellation cancelTimeMs */
                    cancelTimeMs?: (number|Long|null);

                    /** Cancellation amounts */
                    amounts?: (yibao.center.v1.Amounts.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Cancellation. */
                type $Shape = yibao.center.v1.Cancellation.$Properties;
            }

            /**
             * Properties of a Record.
             * @deprecated Use yibao.center.v1.Record.$Properties instead.
             */
            interface IRecord extends yibao.center.v1.Record.$Properties {
            }

            /** Represents a Record. */
            class Record {

                /**
                 * Constructs a new Record.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Record.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Record recordId. */
                recordId: string;

                /** Record visitId. */
                visitId: string;

                /** Record seq. */
                seq: number;

                /** Record createdAtMs. */
                createdAtMs: (number|Long);

                /** Record settlement. */
                settlement?: (yibao.center.v1.Settlement.$Properties|null);

                /** Record cancellation. */
                cancellation?: (yibao.center.v1.Cancellation.$Properties|null);

                /** Record body. */
                body?: ("settlement"|"cancellation");

                /**
                 * Creates a new Record instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Record instance
                 */
                static create(properties: yibao.center.v1.Record.$Shape): yibao.center.v1.Record & yibao.center.v1.Record.$Shape;
                static create(properties?: yibao.center.v1.Record.$Properties): yibao.center.v1.Record;

                /**
                 * Encodes the specified Record message. Does not implicitly {@link yibao.center.v1.Record.verify|verify} messages.
                 * @param m Record message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Record.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Record message, length delimited. Does not implicitly {@link yibao.center.v1.Record.verify|verify} messages.
                 * @param message Record message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Record.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Record message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Record & yibao.center.v1.Record.$Shape} Record
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Record & yibao.center.v1.Record.$Shape;

                /**
                 * Decodes a Record message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Record & yibao.center.v1.Record.$Shape} Record
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Record & yibao.center.v1.Record.$Shape;

                /**
                 * Verifies a Record message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Record message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Record
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Record;

                /**
                 * Creates a plain object from a Record message. Also converts values to other types if specified.
                 * @param m Record
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Record, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Record to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Record
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Record {

                /** Properties of a Record. */
                interface $Properties {

                    /** Record recordId */
                    recordId?: (string|null);

                    /** Record visitId */
                    visitId?: (string|null);

                    /** Record seq */
                    seq?: (number|null);

                    /** Record createdAtMs */
                    createdAtMs?: (number|Long|null);

                    /** Record settlement */
                    settlement?: (yibao.center.v1.Settlement.$Properties|null);

                    /** Record cancellation */
                    cancellation?: (yibao.center.v1.Cancellation.$Properties|null);

                    /** Record body */
                    body?: ("settlement"|"cancellation");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Record. */
                type $Shape = {
                  recordId?: string|null;
                  visitId?: string|null;
                  seq?: number|null;
                  createdAtMs?: number|Long|null;
                  settlement?: yibao.center.v1.Settlement.$Shape|null;
                  cancellation?: yibao.center.v1.Cancellation.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; settlement?: null; cancellation?: null }|{ body?: "settlement"; settlement: yibao.center.v1.Settlement.$Shape; cancellation?: null }|{ body?: "cancellation"; settlement?: null; cancellation: yibao.center.v1.Cancellation.$Shape })
                );
            }

            /**
             * Properties of an UploadBatch.
             * @deprecated Use yibao.center.v1.UploadBatch.$Properties instead.
             */
            interface IUploadBatch extends yibao.center.v1.UploadBatch.$Properties {
            }

            /** Represents an UploadBatch. */
            class UploadBatch {

                /**
                 * Constructs a new UploadBatch.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.UploadBatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UploadBatch batchId. */
                batchId: string;

                /** UploadBatch records. */
                records: yibao.center.v1.Record.$Properties[];

                /** UploadBatch auditHead. */
                auditHead?: (yibao.center.v1.AuditHead.$Properties|null);

                /**
                 * Creates a new UploadBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UploadBatch instance
                 */
                static create(properties: yibao.center.v1.UploadBatch.$Shape): yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape;
                static create(properties?: yibao.center.v1.UploadBatch.$Properties): yibao.center.v1.UploadBatch;

                /**
                 * Encodes the specified UploadBatch message. Does not implicitly {@link yibao.center.v1.UploadBatch.verify|verify} messages.
                 * @param m UploadBatch message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.UploadBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UploadBatch message, length delimited. Does not implicitly {@link yibao.center.v1.UploadBatch.verify|verify} messages.
                 * @param message UploadBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.UploadBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UploadBatch message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape} UploadBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape;

                /**
                 * Decodes an UploadBatch message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape} UploadBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.UploadBatch & yibao.center.v1.UploadBatch.$Shape;

                /**
                 * Verifies an UploadBatch message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UploadBatch message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UploadBatch
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.UploadBatch;

                /**
                 * Creates a plain object from an UploadBatch message. Also converts values to other types if specified.
                 * @param m UploadBatch
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.UploadBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UploadBatch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UploadBatch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UploadBatch {

                /** Properties of an UploadBatch. */
                interface $Properties {

                    /** UploadBatch batchId */
                    batchId?: (string|null);

                    /** UploadBatch records */
                    records?: (yibao.center.v1.Record.$Properties[]|null);

                    /** UploadBatch auditHead */
                    auditHead?: (yibao.center.v1.AuditHead.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UploadBatch. */
                type $Shape = {
                  batchId?: string|null;
                  records?: yibao.center.v1.Record.$Shape[]|null;
                  auditHead?: yibao.center.v1.AuditHead.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an AuditHead.
             * @deprecated Use yibao.center.v1.AuditHead.$Properties instead.
             */
            interface IAuditHead extends yibao.center.v1.AuditHead.$Properties {
            }

            /** Represents an AuditHead. */
            class AuditHead {

                /**
                 * Constructs a new AuditHead.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.AuditHead.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuditHead seq. */
                seq: (number|Long);

                /** AuditHead hash. */
                hash: string;

                /**
                 * Creates a new AuditHead instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuditHead instance
                 */
                static create(properties: yibao.center.v1.AuditHead.$Shape): yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape;
                static create(properties?: yibao.center.v1.AuditHead.$Properties): yibao.center.v1.AuditHead;

                /**
                 * Encodes the specified AuditHead message. Does not implicitly {@link yibao.center.v1.AuditHead.verify|verify} messages.
                 * @param m AuditHead message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.AuditHead.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AuditHead message, length delimited. Does not implicitly {@link yibao.center.v1.AuditHead.verify|verify} messages.
                 * @param message AuditHead message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.AuditHead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuditHead message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape} AuditHead
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape;

                /**
                 * Decodes an AuditHead message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape} AuditHead
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.AuditHead & yibao.center.v1.AuditHead.$Shape;

                /**
                 * Verifies an AuditHead message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an AuditHead message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AuditHead
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.AuditHead;

                /**
                 * Creates a plain object from an AuditHead message. Also converts values to other types if specified.
                 * @param m AuditHead
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.AuditHead, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AuditHead to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AuditHead
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AuditHead {

                /** Properties of an AuditHead. */
                interface $Properties {

                    /** AuditHead seq */
                    seq?: (number|Long|null);

                    /** AuditHead hash */
                    hash?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuditHead. */
                type $Shape = yibao.center.v1.AuditHead.$Properties;
            }

            /** AckStatus enum. */
            enum AckStatus {

                /** ACK_STATUS_UNSPECIFIED value */
                ACK_STATUS_UNSPECIFIED = 0,

                /** ACK_STATUS_ACCEPTED value */
                ACK_STATUS_ACCEPTED = 1,

                /** ACK_STATUS_REJECTED value */
                ACK_STATUS_REJECTED = 2,

                /** ACK_STATUS_DUPLICATE value */
                ACK_STATUS_DUPLICATE = 3
            }

            /**
             * Properties of a RecordAck.
             * @deprecated Use yibao.center.v1.RecordAck.$Properties instead.
             */
            interface IRecordAck extends yibao.center.v1.RecordAck.$Properties {
            }

            /** Represents a RecordAck. */
            class RecordAck {

                /**
                 * Constructs a new RecordAck.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.RecordAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecordAck recordId. */
                recordId: string;

                /** RecordAck status. */
                status: yibao.center.v1.AckStatus;

                /** RecordAck code. */
                code: string;

                /** RecordAck reason. */
                reason: string;

                /** RecordAck centreRef. */
                centreRef: string;

                /**
                 * Creates a new RecordAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecordAck instance
                 */
                static create(properties: yibao.center.v1.RecordAck.$Shape): yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape;
                static create(properties?: yibao.center.v1.RecordAck.$Properties): yibao.center.v1.RecordAck;

                /**
                 * Encodes the specified RecordAck message. Does not implicitly {@link yibao.center.v1.RecordAck.verify|verify} messages.
                 * @param m RecordAck message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.RecordAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RecordAck message, length delimited. Does not implicitly {@link yibao.center.v1.RecordAck.verify|verify} messages.
                 * @param message RecordAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.RecordAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecordAck message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape} RecordAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape;

                /**
                 * Decodes a RecordAck message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape} RecordAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.RecordAck & yibao.center.v1.RecordAck.$Shape;

                /**
                 * Verifies a RecordAck message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a RecordAck message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RecordAck
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.RecordAck;

                /**
                 * Creates a plain object from a RecordAck message. Also converts values to other types if specified.
                 * @param m RecordAck
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.RecordAck, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RecordAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RecordAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordAck {

                /** Properties of a RecordAck. */
                interface $Properties {

                    /** RecordAck recordId */
                    recordId?: (string|null);

                    /** RecordAck status */
                    status?: (yibao.center.v1.AckStatus|null);

                    /** RecordAck code */
                    code?: (string|null);

                    /** RecordAck reason */
                    reason?: (string|null);

                    /** RecordAck centreRef */
                    centreRef?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecordAck. */
                type $Shape = yibao.center.v1.RecordAck.$Properties;
            }

            /**
             * Properties of an UploadAck.
             * @deprecated Use yibao.center.v1.UploadAck.$Properties instead.
             */
            interface IUploadAck extends yibao.center.v1.UploadAck.$Properties {
            }

            /** Represents an UploadAck. */
            class UploadAck {

                /**
                 * Constructs a new UploadAck.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.UploadAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UploadAck batchId. */
                batchId: string;

                /** UploadAck acks. */
                acks: yibao.center.v1.RecordAck.$Properties[];

                /** UploadAck receivedAtMs. */
                receivedAtMs: (number|Long);

                /** UploadAck auditHead. */
                auditHead?: (yibao.center.v1.AuditHead.$Properties|null);

                /**
                 * Creates a new UploadAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UploadAck instance
                 */
                static create(properties: yibao.center.v1.UploadAck.$Shape): yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape;
                static create(properties?: yibao.center.v1.UploadAck.$Properties): yibao.center.v1.UploadAck;

                /**
                 * Encodes the specified UploadAck message. Does not implicitly {@link yibao.center.v1.UploadAck.verify|verify} messages.
                 * @param m UploadAck message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.UploadAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UploadAck message, length delimited. Does not implicitly {@link yibao.center.v1.UploadAck.verify|verify} messages.
                 * @param message UploadAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.UploadAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UploadAck message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape} UploadAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape;

                /**
                 * Decodes an UploadAck message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape} UploadAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.UploadAck & yibao.center.v1.UploadAck.$Shape;

                /**
                 * Verifies an UploadAck message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an UploadAck message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns UploadAck
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.UploadAck;

                /**
                 * Creates a plain object from an UploadAck message. Also converts values to other types if specified.
                 * @param m UploadAck
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.UploadAck, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UploadAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UploadAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UploadAck {

                /** Properties of an UploadAck. */
                interface $Properties {

                    /** UploadAck batchId */
                    batchId?: (string|null);

                    /** UploadAck acks */
                    acks?: (yibao.center.v1.RecordAck.$Properties[]|null);

                    /** UploadAck receivedAtMs */
                    receivedAtMs?: (number|Long|null);

                    /** UploadAck auditHead */
                    auditHead?: (yibao.center.v1.AuditHead.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UploadAck. */
                type $Shape = yibao.center.v1.UploadAck.$Properties;
            }

            /**
             * Properties of an Envelope.
             * @deprecated Use yibao.center.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends yibao.center.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope gatewayId. */
                gatewayId: string;

                /** Envelope keyId. */
                keyId: string;

                /** Envelope timestampMs. */
                timestampMs: (number|Long);

                /** Envelope nonce. */
                nonce: Uint8Array;

                /** Envelope bodyType. */
                bodyType: string;

                /** Envelope body. */
                body: Uint8Array;

                /** Envelope mac. */
                mac: Uint8Array;

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Envelope instance
                 */
                static create(properties: yibao.center.v1.Envelope.$Shape): yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape;
                static create(properties?: yibao.center.v1.Envelope.$Properties): yibao.center.v1.Envelope;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link yibao.center.v1.Envelope.verify|verify} messages.
                 * @param m Envelope message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Envelope message, length delimited. Does not implicitly {@link yibao.center.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape;

                /**
                 * Decodes an Envelope message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Envelope & yibao.center.v1.Envelope.$Shape;

                /**
                 * Verifies an Envelope message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Envelope
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Envelope;

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @param m Envelope
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Envelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Envelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope gatewayId */
                    gatewayId?: (string|null);

                    /** Envelope keyId */
                    keyId?: (string|null);

                    /** Envelope timestampMs */
                    timestampMs?: (number|Long|null);

                    /** Envelope nonce */
                    nonce?: (Uint8Array|null);

                    /** Envelope bodyType */
                    bodyType?: (string|null);

                    /** Envelope body */
                    body?: (Uint8Array|null);

                    /** Envelope mac */
                    mac?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Envelope. */
                type $Shape = yibao.center.v1.Envelope.$Properties;
            }

            /**
             * Properties of a CenterError.
             * @deprecated Use yibao.center.v1.CenterError.$Properties instead.
             */
            interface ICenterError extends yibao.center.v1.CenterError.$Properties {
            }

            /** Represents a CenterError. */
            class CenterError {

                /**
                 * Constructs a new CenterError.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.CenterError.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CenterError code. */
                code: string;

                /** CenterError message. */
                message: string;

                /** CenterError retryAfterS. */
                retryAfterS: number;

                /**
                 * Creates a new CenterError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CenterError instance
                 */
                static create(properties: yibao.center.v1.CenterError.$Shape): yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape;
                static create(properties?: yibao.center.v1.CenterError.$Properties): yibao.center.v1.CenterError;

                /**
                 * Encodes the specified CenterError message. Does not implicitly {@link yibao.center.v1.CenterError.verify|verify} messages.
                 * @param m CenterError message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.CenterError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CenterError message, length delimited. Does not implicitly {@link yibao.center.v1.CenterError.verify|verify} messages.
                 * @param message CenterError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.CenterError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CenterError message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape} CenterError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape;

                /**
                 * Decodes a CenterError message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape} CenterError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.CenterError & yibao.center.v1.CenterError.$Shape;

                /**
                 * Verifies a CenterError message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CenterError message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CenterError
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.CenterError;

                /**
                 * Creates a plain object from a CenterError message. Also converts values to other types if specified.
                 * @param m CenterError
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.CenterError, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CenterError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CenterError
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CenterError {

                /** Properties of a CenterError. */
                interface $Properties {

                    /** CenterError code */
                    code?: (string|null);

                    /** CenterError message */
                    message?: (string|null);

                    /** CenterError retryAfterS */
                    retryAfterS?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CenterError. */
                type $Shape = yibao.center.v1.CenterError.$Properties;
            }

            /**
             * Properties of a PersonQuery.
             * @deprecated Use yibao.center.v1.PersonQuery.$Properties instead.
             */
            interface IPersonQuery extends yibao.center.v1.PersonQuery.$Properties {
            }

            /** Represents a PersonQuery. */
            class PersonQuery {

                /**
                 * Constructs a new PersonQuery.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.PersonQuery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PersonQuery psnNo. */
                psnNo: string;

                /** PersonQuery mdtrtCertType. */
                mdtrtCertType: string;

                /** PersonQuery mdtrtCertNo. */
                mdtrtCertNo: string;

                /** PersonQuery cardSn. */
                cardSn: string;

                /** PersonQuery insutype. */
                insutype: string;

                /** PersonQuery year. */
                year: number;

                /**
                 * Creates a new PersonQuery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PersonQuery instance
                 */
                static create(properties: yibao.center.v1.PersonQuery.$Shape): yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape;
                static create(properties?: yibao.center.v1.PersonQuery.$Properties): yibao.center.v1.PersonQuery;

                /**
                 * Encodes the specified PersonQuery message. Does not implicitly {@link yibao.center.v1.PersonQuery.verify|verify} messages.
                 * @param m PersonQuery message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.PersonQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PersonQuery message, length delimited. Does not implicitly {@link yibao.center.v1.PersonQuery.verify|verify} messages.
                 * @param message PersonQuery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.PersonQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PersonQuery message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape} PersonQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape;

                /**
                 * Decodes a PersonQuery message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape} PersonQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.PersonQuery & yibao.center.v1.PersonQuery.$Shape;

                /**
                 * Verifies a PersonQuery message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a PersonQuery message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PersonQuery
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.PersonQuery;

                /**
                 * Creates a plain object from a PersonQuery message. Also converts values to other types if specified.
                 * @param m PersonQuery
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.PersonQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PersonQuery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PersonQuery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PersonQuery {

                /** Properties of a PersonQuery. */
                interface $Properties {

                    /** PersonQuery psnNo */
                    psnNo?: (string|null);

                    /** PersonQuery mdtrtCertType */
                    mdtrtCertType?: (string|null);

                    /** PersonQuery mdtrtCertNo */
                    mdtrtCertNo?: (string|null);

                    /** PersonQuery cardSn */
                    cardSn?: (string|null);

                    /** PersonQuery insutype */
                    insutype?: (string|null);

                    /** PersonQuery year */
                    year?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PersonQuery. */
                type $Shape = yibao.center.v1.PersonQuery.$Properties;
            }

            /** PersonStatus enum. */
            enum PersonStatus {

                /** PERSON_STATUS_UNSPECIFIED value */
                PERSON_STATUS_UNSPECIFIED = 0,

                /** PERSON_STATUS_FOUND value */
                PERSON_STATUS_FOUND = 1,

                /** PERSON_STATUS_NOT_FOUND value */
                PERSON_STATUS_NOT_FOUND = 2
            }

            /**
             * Properties of a Person.
             * @deprecated Use yibao.center.v1.Person.$Properties instead.
             */
            interface IPerson extends yibao.center.v1.Person.$Properties {
            }

            /** Represents a Person. */
            class Person {

                /**
                 * Constructs a new Person.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Person.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Person psnNo. */
                psnNo: string;

                /** Person psnName. */
                psnName: string;

                /** Person gend. */
                gend: string;

                /** Person brdy. */
                brdy: string;

                /** Person psnCertType. */
                psnCertType: string;

                /** Person certno. */
                certno: string;

                /**
                 * Creates a new Person instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Person instance
                 */
                static create(properties: yibao.center.v1.Person.$Shape): yibao.center.v1.Person & yibao.center.v1.Person.$Shape;
                static create(properties?: yibao.center.v1.Person.$Properties): yibao.center.v1.Person;

                /**
                 * Encodes the specified Person message. Does not implicitly {@link yibao.center.v1.Person.verify|verify} messages.
                 * @param m Person message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Person.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Person message, length delimited. Does not implicitly {@link yibao.center.v1.Person.verify|verify} messages.
                 * @param message Person message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Person.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Person message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Person & yibao.center.v1.Person.$Shape} Person
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Person & yibao.center.v1.Person.$Shape;

                /**
                 * Decodes a Person message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Person & yibao.center.v1.Person.$Shape} Person
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Person & yibao.center.v1.Person.$Shape;

                /**
                 * Verifies a Person message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Person message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Person
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Person;

                /**
                 * Creates a plain object from a Person message. Also converts values to other types if specified.
                 * @param m Person
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Person, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Person to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Person
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Person {

                /** Properties of a Person. */
                interface $Properties {

                    /** Person psnNo */
                    psnNo?: (string|null);

                    /** Person psnName */
                    psnName?: (string|null);

                    /** Person gend */
                    gend?: (string|null);

                    /** Person brdy */
                    brdy?: (string|null);

                    /** Person psnCertType */
                    psnCertType?: (string|null);

                    /** Person certno */
                    certno?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Person. */
                type $Shape = yibao.center.v1.Person.$Properties;
            }

            /**
             * Properties of an Insurance.
             * @deprecated Use yibao.center.v1.Insurance.$Properties instead.
             */
            interface IInsurance extends yibao.center.v1.Insurance.$Properties {
            }

            /** Represents an Insurance. */
            class Insurance {

                /**
                 * Constructs a new Insurance.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Insurance.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Insurance insutype. */
                insutype: string;

                /** Insurance psnType. */
                psnType: string;

                /** Insurance psnInsuStas. */
                psnInsuStas: string;

                /** Insurance insuplcAdmdvs. */
                insuplcAdmdvs: string;

                /** Insurance balc. */
                balc: string;

                /** Insurance contributionYears. */
                contributionYears: number;

                /** Insurance paidUntil. */
                paidUntil: string;

                /**
                 * Creates a new Insurance instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Insurance instance
                 */
                static create(properties: yibao.center.v1.Insurance.$Shape): yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape;
                static create(properties?: yibao.center.v1.Insurance.$Properties): yibao.center.v1.Insurance;

                /**
                 * Encodes the specified Insurance message. Does not implicitly {@link yibao.center.v1.Insurance.verify|verify} messages.
                 * @param m Insurance message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Insurance.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Insurance message, length delimited. Does not implicitly {@link yibao.center.v1.Insurance.verify|verify} messages.
                 * @param message Insurance message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Insurance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Insurance message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape} Insurance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape;

                /**
                 * Decodes an Insurance message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape} Insurance
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Insurance & yibao.center.v1.Insurance.$Shape;

                /**
                 * Verifies an Insurance message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an Insurance message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Insurance
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Insurance;

                /**
                 * Creates a plain object from an Insurance message. Also converts values to other types if specified.
                 * @param m Insurance
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Insurance, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Insurance to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Insurance
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Insurance {

                /** Properties of an Insurance. */
                interface $Properties {

                    /** Insurance insutype */
                    insutype?: (string|null);

                    /** Insurance psnType */
                    psnType?: (string|null);

                    /** Insurance psnInsuStas */
                    psnInsuStas?: (string|null);

                    /** Insurance insuplcAdmdvs */
                    insuplcAdmdvs?: (string|null);

                    /** Insurance balc */
                    balc?: (string|null);

                    /** Insurance contributionYears */
                    contributionYears?: (number|null);

                    /** Insurance paidUntil */
                    paidUntil?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Insurance. */
                type $Shape = yibao.center.v1.Insurance.$Properties;
            }

            /**
             * Properties of an Accumulators.
             * @deprecated Use yibao.center.v1.Accumulators.$Properties instead.
             */
            interface IAccumulators extends yibao.center.v1.Accumulators.$Properties {
            }

            /** Represents an Accumulators. */
            class Accumulators {

                /**
                 * Constructs a new Accumulators.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Accumulators.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Accumulators year. */
                year: number;

                /** Accumulators inpatientAdmissions. */
                inpatientAdmissions: number;

                /** Accumulators fundPaid. */
                fundPaid: string;

                /** Accumulators deductiblePaid. */
                deductiblePaid: string;

                /** Accumulators inScope. */
                inScope: string;

                /** Accumulators specialOutpatientPaid. */
                specialOutpatientPaid: string;

                /** Accumulators outpatientPoolPaid. */
                outpatientPoolPaid: string;

                /** Accumulators criticalIllnessPaid. */
                criticalIllnessPaid: string;

                /**
                 * Creates a new Accumulators instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Accumulators instance
                 */
                static create(properties: yibao.center.v1.Accumulators.$Shape): yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape;
                static create(properties?: yibao.center.v1.Accumulators.$Properties): yibao.center.v1.Accumulators;

                /**
                 * Encodes the specified Accumulators message. Does not implicitly {@link yibao.center.v1.Accumulators.verify|verify} messages.
                 * @param m Accumulators message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Accumulators.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Accumulators message, length delimited. Does not implicitly {@link yibao.center.v1.Accumulators.verify|verify} messages.
                 * @param message Accumulators message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Accumulators.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Accumulators message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape} Accumulators
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape;

                /**
                 * Decodes an Accumulators message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape} Accumulators
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Accumulators & yibao.center.v1.Accumulators.$Shape;

                /**
                 * Verifies an Accumulators message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates an Accumulators message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Accumulators
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Accumulators;

                /**
                 * Creates a plain object from an Accumulators message. Also converts values to other types if specified.
                 * @param m Accumulators
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Accumulators, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Accumulators to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Accumulators
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Accumulators {

                /** Properties of an Accumulators. */
                interface $Properties {

                    /** Accumulators year */
                    year?: (number|null);

                    /** Accumulators inpatientAdmissions */
                    inpatientAdmissions?: (number|null);

                    /** Accumulators fundPaid */
                    fundPaid?: (string|null);

                    /** Accumulators deductiblePaid */
                    deductiblePaid?: (string|null);

                    /** Accumulators inScope */
                    inScope?: (string|null);

                    /** Accumulators specialOutpatientPaid */
                    specialOutpatientPaid?: (string|null);

                    /** Accumulators outpatientPoolPaid */
                    outpatientPoolPaid?: (string|null);

                    /** Accumulators criticalIllnessPaid */
                    criticalIllnessPaid?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Accumulators. */
                type $Shape = yibao.center.v1.Accumulators.$Properties;
            }

            /**
             * Properties of a PersonReply.
             * @deprecated Use yibao.center.v1.PersonReply.$Properties instead.
             */
            interface IPersonReply extends yibao.center.v1.PersonReply.$Properties {
            }

            /** Represents a PersonReply. */
            class PersonReply {

                /**
                 * Constructs a new PersonReply.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.PersonReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PersonReply status. */
                status: yibao.center.v1.PersonStatus;

                /** PersonReply person. */
                person?: (yibao.center.v1.Person.$Properties|null);

                /** PersonReply insuinfo. */
                insuinfo: yibao.center.v1.Insurance.$Properties[];

                /** PersonReply accumulators. */
                accumulators?: (yibao.center.v1.Accumulators.$Properties|null);

                /** PersonReply eligible. */
                eligible: boolean;

                /** PersonReply ineligibleReason. */
                ineligibleReason: string;

                /** PersonReply asOfMs. */
                asOfMs: (number|Long);

                /**
                 * Creates a new PersonReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PersonReply instance
                 */
                static create(properties: yibao.center.v1.PersonReply.$Shape): yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape;
                static create(properties?: yibao.center.v1.PersonReply.$Properties): yibao.center.v1.PersonReply;

                /**
                 * Encodes the specified PersonReply message. Does not implicitly {@link yibao.center.v1.PersonReply.verify|verify} messages.
                 * @param m PersonReply message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.PersonReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PersonReply message, length delimited. Does not implicitly {@link yibao.center.v1.PersonReply.verify|verify} messages.
                 * @param message PersonReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.PersonReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PersonReply message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape} PersonReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape;

                /**
                 * Decodes a PersonReply message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape} PersonReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.PersonReply & yibao.center.v1.PersonReply.$Shape;

                /**
                 * Verifies a PersonReply message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a PersonReply message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PersonReply
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.PersonReply;

                /**
                 * Creates a plain object from a PersonReply message. Also converts values to other types if specified.
                 * @param m PersonReply
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.PersonReply, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PersonReply to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PersonReply
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PersonReply {

                /** Properties of a PersonReply. */
                interface $Properties {

                    /** PersonReply status */
                    status?: (yibao.center.v1.PersonStatus|null);

                    /** PersonReply person */
                    person?: (yibao.center.v1.Person.$Properties|null);

                    /** PersonReply insuinfo */
                    insuinfo?: (yibao.center.v1.Insurance.$Properties[]|null);

                    /** PersonReply accumulators */
                    accumulators?: (yibao.center.v1.Accumulators.$Properties|null);

                    /** PersonReply eligible */
                    eligible?: (boolean|null);

                    /** PersonReply ineligibleReason */
                    ineligibleReason?: (string|null);

                    /** PersonReply asOfMs */
                    asOfMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PersonReply. */
                type $Shape = yibao.center.v1.PersonReply.$Properties;
            }

            /**
             * Properties of a Totals.
             * @deprecated Use yibao.center.v1.Totals.$Properties instead.
             */
            interface ITotals extends yibao.center.v1.Totals.$Properties {
            }

            /** Represents a Totals. */
            class Totals {

                /**
                 * Constructs a new Totals.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Totals.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Totals insutype. */
                insutype: string;

                /** Totals count. */
                count: number;

                /** Totals medfeeSumamt. */
                medfeeSumamt: string;

                /** Totals fundPaySumamt. */
                fundPaySumamt: string;

                /** Totals acctPay. */
                acctPay: string;

                /** Totals psnCashPay. */
                psnCashPay: string;

                /**
                 * Creates a new Totals instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Totals instance
                 */
                static create(properties: yibao.center.v1.Totals.$Shape): yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape;
                static create(properties?: yibao.center.v1.Totals.$Properties): yibao.center.v1.Totals;

                /**
                 * Encodes the specified Totals message. Does not implicitly {@link yibao.center.v1.Totals.verify|verify} messages.
                 * @param m Totals message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Totals.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Totals message, length delimited. Does not implicitly {@link yibao.center.v1.Totals.verify|verify} messages.
                 * @param message Totals message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Totals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Totals message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape} Totals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape;

                /**
                 * Decodes a Totals message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape} Totals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Totals & yibao.center.v1.Totals.$Shape;

                /**
                 * Verifies a Totals message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Totals message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Totals
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Totals;

                /**
                 * Creates a plain object from a Totals message. Also converts values to other types if specified.
                 * @param m Totals
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Totals, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Totals to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Totals
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Totals {

                /** Properties of a Totals. */
                interface $Properties {

                    /** Totals insutype */
                    insutype?: (string|null);

                    /** Totals count */
                    count?: (number|null);

                    /** Totals medfeeSumamt */
                    medfeeSumamt?: (string|null);

                    /** Totals fundPaySumamt */
                    fundPaySumamt?: (string|null);

                    /** Totals acctPay */
                    acctPay?: (string|null);

                    /** Totals psnCashPay */
                    psnCashPay?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Totals. */
                type $Shape = yibao.center.v1.Totals.$Properties;
            }

            /**
             * Properties of a DetailLine.
             * @deprecated Use yibao.center.v1.DetailLine.$Properties instead.
             */
            interface IDetailLine extends yibao.center.v1.DetailLine.$Properties {
            }

            /** Represents a DetailLine. */
            class DetailLine {

                /**
                 * Constructs a new DetailLine.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.DetailLine.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DetailLine recordId. */
                recordId: string;

                /** DetailLine setlId. */
                setlId: string;

                /** DetailLine insutype. */
                insutype: string;

                /** DetailLine cancellation. */
                cancellation: boolean;

                /** DetailLine medfeeSumamt. */
                medfeeSumamt: string;

                /** DetailLine fundPaySumamt. */
                fundPaySumamt: string;

                /** DetailLine acctPay. */
                acctPay: string;

                /** DetailLine psnCashPay. */
                psnCashPay: string;

                /**
                 * Creates a new DetailLine instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DetailLine instance
                 */
                static create(properties: yibao.center.v1.DetailLine.$Shape): yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape;
                static create(properties?: yibao.center.v1.DetailLine.$Properties): yibao.center.v1.DetailLine;

                /**
                 * Encodes the specified DetailLine message. Does not implicitly {@link yibao.center.v1.DetailLine.verify|verify} messages.
                 * @param m DetailLine message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.DetailLine.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DetailLine message, length delimited. Does not implicitly {@link yibao.center.v1.DetailLine.verify|verify} messages.
                 * @param message DetailLine message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.DetailLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DetailLine message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape} DetailLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape;

                /**
                 * Decodes a DetailLine message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape} DetailLine
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.DetailLine & yibao.center.v1.DetailLine.$Shape;

                /**
                 * Verifies a DetailLine message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a DetailLine message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DetailLine
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.DetailLine;

                /**
                 * Creates a plain object from a DetailLine message. Also converts values to other types if specified.
                 * @param m DetailLine
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.DetailLine, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DetailLine to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DetailLine
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DetailLine {

                /** Properties of a DetailLine. */
                interface $Properties {

                    /** DetailLine recordId */
                    recordId?: (string|null);

                    /** DetailLine setlId */
                    setlId?: (string|null);

                    /** DetailLine insutype */
                    insutype?: (string|null);

                    /** DetailLine cancellation */
                    cancellation?: (boolean|null);

                    /** DetailLine medfeeSumamt */
                    medfeeSumamt?: (string|null);

                    /** DetailLine fundPaySumamt */
                    fundPaySumamt?: (string|null);

                    /** DetailLine acctPay */
                    acctPay?: (string|null);

                    /** DetailLine psnCashPay */
                    psnCashPay?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DetailLine. */
                type $Shape = yibao.center.v1.DetailLine.$Properties;
            }

            /**
             * Properties of a ReconcileRequest.
             * @deprecated Use yibao.center.v1.ReconcileRequest.$Properties instead.
             */
            interface IReconcileRequest extends yibao.center.v1.ReconcileRequest.$Properties {
            }

            /** Represents a ReconcileRequest. */
            class ReconcileRequest {

                /**
                 * Constructs a new ReconcileRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.ReconcileRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReconcileRequest periodStart. */
                periodStart: string;

                /** ReconcileRequest periodEnd. */
                periodEnd: string;

                /** ReconcileRequest totals. */
                totals: yibao.center.v1.Totals.$Properties[];

                /** ReconcileRequest detail. */
                detail: yibao.center.v1.DetailLine.$Properties[];

                /**
                 * Creates a new ReconcileRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReconcileRequest instance
                 */
                static create(properties: yibao.center.v1.ReconcileRequest.$Shape): yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape;
                static create(properties?: yibao.center.v1.ReconcileRequest.$Properties): yibao.center.v1.ReconcileRequest;

                /**
                 * Encodes the specified ReconcileRequest message. Does not implicitly {@link yibao.center.v1.ReconcileRequest.verify|verify} messages.
                 * @param m ReconcileRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.ReconcileRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReconcileRequest message, length delimited. Does not implicitly {@link yibao.center.v1.ReconcileRequest.verify|verify} messages.
                 * @param message ReconcileRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.ReconcileRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReconcileRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape} ReconcileRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape;

                /**
                 * Decodes a ReconcileRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape} ReconcileRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.ReconcileRequest & yibao.center.v1.ReconcileRequest.$Shape;

                /**
                 * Verifies a ReconcileRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReconcileRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ReconcileRequest
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.ReconcileRequest;

                /**
                 * Creates a plain object from a ReconcileRequest message. Also converts values to other types if specified.
                 * @param m ReconcileRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.ReconcileRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReconcileRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReconcileRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReconcileRequest {

                /** Properties of a ReconcileRequest. */
                interface $Properties {

                    /** ReconcileRequest periodStart */
                    periodStart?: (string|null);

                    /** ReconcileRequest periodEnd */
                    periodEnd?: (string|null);

                    /** ReconcileRequest totals */
                    totals?: (yibao.center.v1.Totals.$Properties[]|null);

                    /** ReconcileRequest detail */
                    detail?: (yibao.center.v1.DetailLine.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReconcileRequest. */
                type $Shape = yibao.center.v1.ReconcileRequest.$Properties;
            }

            /** ReconcileResult enum. */
            enum ReconcileResult {

                /** RECONCILE_RESULT_UNSPECIFIED value */
                RECONCILE_RESULT_UNSPECIFIED = 0,

                /** RECONCILE_RESULT_MATCH value */
                RECONCILE_RESULT_MATCH = 1,

                /** RECONCILE_RESULT_MISMATCH value */
                RECONCILE_RESULT_MISMATCH = 2
            }

            /** MismatchKind enum. */
            enum MismatchKind {

                /** MISMATCH_KIND_UNSPECIFIED value */
                MISMATCH_KIND_UNSPECIFIED = 0,

                /** MISMATCH_KIND_MISSING_AT_CENTRE value */
                MISMATCH_KIND_MISSING_AT_CENTRE = 1,

                /** MISMATCH_KIND_MISSING_AT_GATEWAY value */
                MISMATCH_KIND_MISSING_AT_GATEWAY = 2,

                /** MISMATCH_KIND_AMOUNTS_DIFFER value */
                MISMATCH_KIND_AMOUNTS_DIFFER = 3
            }

            /**
             * Properties of a Mismatch.
             * @deprecated Use yibao.center.v1.Mismatch.$Properties instead.
             */
            interface IMismatch extends yibao.center.v1.Mismatch.$Properties {
            }

            /** Represents a Mismatch. */
            class Mismatch {

                /**
                 * Constructs a new Mismatch.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.Mismatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Mismatch recordId. */
                recordId: string;

                /** Mismatch kind. */
                kind: yibao.center.v1.MismatchKind;

                /** Mismatch gateway. */
                gateway?: (yibao.center.v1.DetailLine.$Properties|null);

                /** Mismatch centre. */
                centre?: (yibao.center.v1.DetailLine.$Properties|null);

                /**
                 * Creates a new Mismatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Mismatch instance
                 */
                static create(properties: yibao.center.v1.Mismatch.$Shape): yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape;
                static create(properties?: yibao.center.v1.Mismatch.$Properties): yibao.center.v1.Mismatch;

                /**
                 * Encodes the specified Mismatch message. Does not implicitly {@link yibao.center.v1.Mismatch.verify|verify} messages.
                 * @param m Mismatch message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.Mismatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Mismatch message, length delimited. Does not implicitly {@link yibao.center.v1.Mismatch.verify|verify} messages.
                 * @param message Mismatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.Mismatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Mismatch message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape} Mismatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape;

                /**
                 * Decodes a Mismatch message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape} Mismatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.Mismatch & yibao.center.v1.Mismatch.$Shape;

                /**
                 * Verifies a Mismatch message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a Mismatch message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Mismatch
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.Mismatch;

                /**
                 * Creates a plain object from a Mismatch message. Also converts values to other types if specified.
                 * @param m Mismatch
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.Mismatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Mismatch to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Mismatch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Mismatch {

                /** Properties of a Mismatch. */
                interface $Properties {

                    /** Mismatch recordId */
                    recordId?: (string|null);

                    /** Mismatch kind */
                    kind?: (yibao.center.v1.MismatchKind|null);

                    /** Mismatch gateway */
                    gateway?: (yibao.center.v1.DetailLine.$Properties|null);

                    /** Mismatch centre */
                    centre?: (yibao.center.v1.DetailLine.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Mismatch. */
                type $Shape = yibao.center.v1.Mismatch.$Properties;
            }

            /**
             * Properties of a ReconcileReply.
             * @deprecated Use yibao.center.v1.ReconcileReply.$Properties instead.
             */
            interface IReconcileReply extends yibao.center.v1.ReconcileReply.$Properties {
            }

            /** Represents a ReconcileReply. */
            class ReconcileReply {

                /**
                 * Constructs a new ReconcileReply.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.ReconcileReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReconcileReply result. */
                result: yibao.center.v1.ReconcileResult;

                /** ReconcileReply centreTotals. */
                centreTotals: yibao.center.v1.Totals.$Properties[];

                /** ReconcileReply mismatches. */
                mismatches: yibao.center.v1.Mismatch.$Properties[];

                /**
                 * Creates a new ReconcileReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReconcileReply instance
                 */
                static create(properties: yibao.center.v1.ReconcileReply.$Shape): yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape;
                static create(properties?: yibao.center.v1.ReconcileReply.$Properties): yibao.center.v1.ReconcileReply;

                /**
                 * Encodes the specified ReconcileReply message. Does not implicitly {@link yibao.center.v1.ReconcileReply.verify|verify} messages.
                 * @param m ReconcileReply message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.ReconcileReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReconcileReply message, length delimited. Does not implicitly {@link yibao.center.v1.ReconcileReply.verify|verify} messages.
                 * @param message ReconcileReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.ReconcileReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReconcileReply message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape} ReconcileReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape;

                /**
                 * Decodes a ReconcileReply message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape} ReconcileReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.ReconcileReply & yibao.center.v1.ReconcileReply.$Shape;

                /**
                 * Verifies a ReconcileReply message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReconcileReply message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ReconcileReply
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.ReconcileReply;

                /**
                 * Creates a plain object from a ReconcileReply message. Also converts values to other types if specified.
                 * @param m ReconcileReply
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.ReconcileReply, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReconcileReply to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReconcileReply
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReconcileReply {

                /** Properties of a ReconcileReply. */
                interface $Properties {

                    /** ReconcileReply result */
                    result?: (yibao.center.v1.ReconcileResult|null);

                    /** ReconcileReply centreTotals */
                    centreTotals?: (yibao.center.v1.Totals.$Properties[]|null);

                    /** ReconcileReply mismatches */
                    mismatches?: (yibao.center.v1.Mismatch.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReconcileReply. */
                type $Shape = yibao.center.v1.ReconcileReply.$Properties;
            }

            /** SyncKind enum. */
            enum SyncKind {

                /** SYNC_KIND_UNSPECIFIED value */
                SYNC_KIND_UNSPECIFIED = 0,

                /** SYNC_KIND_CATALOGUE value */
                SYNC_KIND_CATALOGUE = 1,

                /** SYNC_KIND_POLICIES value */
                SYNC_KIND_POLICIES = 2,

                /** SYNC_KIND_BLOCKLIST value */
                SYNC_KIND_BLOCKLIST = 3
            }

            /**
             * Properties of a SyncRequest.
             * @deprecated Use yibao.center.v1.SyncRequest.$Properties instead.
             */
            interface ISyncRequest extends yibao.center.v1.SyncRequest.$Properties {
            }

            /** Represents a SyncRequest. */
            class SyncRequest {

                /**
                 * Constructs a new SyncRequest.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.SyncRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncRequest kind. */
                kind: yibao.center.v1.SyncKind;

                /** SyncRequest haveVersion. */
                haveVersion: string;

                /**
                 * Creates a new SyncRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SyncRequest instance
                 */
                static create(properties: yibao.center.v1.SyncRequest.$Shape): yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape;
                static create(properties?: yibao.center.v1.SyncRequest.$Properties): yibao.center.v1.SyncRequest;

                /**
                 * Encodes the specified SyncRequest message. Does not implicitly {@link yibao.center.v1.SyncRequest.verify|verify} messages.
                 * @param m SyncRequest message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.SyncRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SyncRequest message, length delimited. Does not implicitly {@link yibao.center.v1.SyncRequest.verify|verify} messages.
                 * @param message SyncRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape;

                /**
                 * Decodes a SyncRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape} SyncRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.SyncRequest & yibao.center.v1.SyncRequest.$Shape;

                /**
                 * Verifies a SyncRequest message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SyncRequest
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.SyncRequest;

                /**
                 * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
                 * @param m SyncRequest
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.SyncRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SyncRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SyncRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SyncRequest {

                /** Properties of a SyncRequest. */
                interface $Properties {

                    /** SyncRequest kind */
                    kind?: (yibao.center.v1.SyncKind|null);

                    /** SyncRequest haveVersion */
                    haveVersion?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncRequest. */
                type $Shape = yibao.center.v1.SyncRequest.$Properties;
            }

            /**
             * Properties of a CatalogueItem.
             * @deprecated Use yibao.center.v1.CatalogueItem.$Properties instead.
             */
            interface ICatalogueItem extends yibao.center.v1.CatalogueItem.$Properties {
            }

            /** Represents a CatalogueItem. */
            class CatalogueItem {

                /**
                 * Constructs a new CatalogueItem.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.CatalogueItem.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CatalogueItem medListCodg. */
                medListCodg: string;

                /** CatalogueItem name. */
                name: string;

                /** CatalogueItem chrgitmLv. */
                chrgitmLv: string;

                /** CatalogueItem medChrgitmType. */
                medChrgitmType: string;

                /** CatalogueItem pricUplmtAmt. */
                pricUplmtAmt: string;

                /** CatalogueItem selfpayProp. */
                selfpayProp: string;

                /** CatalogueItem imported. */
                imported: boolean;

                /** CatalogueItem needsApproval. */
                needsApproval: boolean;

                /**
                 * Creates a new CatalogueItem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CatalogueItem instance
                 */
                static create(properties: yibao.center.v1.CatalogueItem.$Shape): yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape;
                static create(properties?: yibao.center.v1.CatalogueItem.$Properties): yibao.center.v1.CatalogueItem;

                /**
                 * Encodes the specified CatalogueItem message. Does not implicitly {@link yibao.center.v1.CatalogueItem.verify|verify} messages.
                 * @param m CatalogueItem message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.CatalogueItem.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CatalogueItem message, length delimited. Does not implicitly {@link yibao.center.v1.CatalogueItem.verify|verify} messages.
                 * @param message CatalogueItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.CatalogueItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CatalogueItem message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape} CatalogueItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape;

                /**
                 * Decodes a CatalogueItem message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape} CatalogueItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.CatalogueItem & yibao.center.v1.CatalogueItem.$Shape;

                /**
                 * Verifies a CatalogueItem message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a CatalogueItem message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CatalogueItem
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.CatalogueItem;

                /**
                 * Creates a plain object from a CatalogueItem message. Also converts values to other types if specified.
                 * @param m CatalogueItem
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.CatalogueItem, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CatalogueItem to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CatalogueItem
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CatalogueItem {

                /** Properties of a CatalogueItem. */
                interface $Properties {

                    /** CatalogueItem medListCodg */
                    medListCodg?: (string|null);

                    /** CatalogueItem name */
                    name?: (string|null);

                    /** CatalogueItem chrgitmLv */
                    chrgitmLv?: (string|null);

                    /** CatalogueItem medChrgitmType */
                    medChrgitmType?: (string|null);

                    /** CatalogueItem pricUplmtAmt */
                    pricUplmtAmt?: (string|null);

                    /** CatalogueItem selfpayProp */
                    selfpayProp?: (string|null);

                    /** CatalogueItem imported */
                    imported?: (boolean|null);

                    /** CatalogueItem needsApproval */
                    needsApproval?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CatalogueItem. */
                type $Shape = yibao.center.v1.CatalogueItem.$Properties;
            }

            /**
             * Properties of a PolicyFile.
             * @deprecated Use yibao.center.v1.PolicyFile.$Properties instead.
             */
            interface IPolicyFile extends yibao.center.v1.PolicyFile.$Properties {
            }

            /** Represents a PolicyFile. */
            class PolicyFile {

                /**
                 * Constructs a new PolicyFile.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.PolicyFile.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PolicyFile region. */
                region: string;

                /** PolicyFile effectiveFrom. */
                effectiveFrom: string;

                /** PolicyFile effectiveTo. */
                effectiveTo: string;

                /** PolicyFile version. */
                version: string;

                /** PolicyFile mediaType. */
                mediaType: string;

                /** PolicyFile content. */
                content: Uint8Array;

                /** PolicyFile sha256. */
                sha256: Uint8Array;

                /**
                 * Creates a new PolicyFile instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PolicyFile instance
                 */
                static create(properties: yibao.center.v1.PolicyFile.$Shape): yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape;
                static create(properties?: yibao.center.v1.PolicyFile.$Properties): yibao.center.v1.PolicyFile;

                /**
                 * Encodes the specified PolicyFile message. Does not implicitly {@link yibao.center.v1.PolicyFile.verify|verify} messages.
                 * @param m PolicyFile message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.PolicyFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PolicyFile message, length delimited. Does not implicitly {@link yibao.center.v1.PolicyFile.verify|verify} messages.
                 * @param message PolicyFile message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.PolicyFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PolicyFile message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape} PolicyFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape;

                /**
                 * Decodes a PolicyFile message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape} PolicyFile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.PolicyFile & yibao.center.v1.PolicyFile.$Shape;

                /**
                 * Verifies a PolicyFile message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a PolicyFile message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PolicyFile
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.PolicyFile;

                /**
                 * Creates a plain object from a PolicyFile message. Also converts values to other types if specified.
                 * @param m PolicyFile
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.PolicyFile, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PolicyFile to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PolicyFile
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PolicyFile {

                /** Properties of a PolicyFile. */
                interface $Properties {

                    /** PolicyFile region */
                    region?: (string|null);

                    /** PolicyFile effectiveFrom */
                    effectiveFrom?: (string|null);

                    /** PolicyFile effectiveTo */
                    effectiveTo?: (string|null);

                    /** PolicyFile version */
                    version?: (string|null);

                    /** PolicyFile mediaType */
                    mediaType?: (string|null);

                    /** PolicyFile content */
                    content?: (Uint8Array|null);

                    /** PolicyFile sha256 */
                    sha256?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PolicyFile. */
                type $Shape = yibao.center.v1.PolicyFile.$Properties;
            }

            /**
             * Properties of a BlockedCard.
             * @deprecated Use yibao.center.v1.BlockedCard.$Properties instead.
             */
            interface IBlockedCard extends yibao.center.v1.BlockedCard.$Properties {
            }

            /** Represents a BlockedCard. */
            class BlockedCard {

                /**
                 * Constructs a new BlockedCard.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.BlockedCard.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BlockedCard cardNo. */
                cardNo: string;

                /** BlockedCard reason. */
                reason: string;

                /** BlockedCard sinceMs. */
                sinceMs: (number|Long);

                /**
                 * Creates a new BlockedCard instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockedCard instance
                 */
                static create(properties: yibao.center.v1.BlockedCard.$Shape): yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape;
                static create(properties?: yibao.center.v1.BlockedCard.$Properties): yibao.center.v1.BlockedCard;

                /**
                 * Encodes the specified BlockedCard message. Does not implicitly {@link yibao.center.v1.BlockedCard.verify|verify} messages.
                 * @param m BlockedCard message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.BlockedCard.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BlockedCard message, length delimited. Does not implicitly {@link yibao.center.v1.BlockedCard.verify|verify} messages.
                 * @param message BlockedCard message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.BlockedCard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockedCard message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape} BlockedCard
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape;

                /**
                 * Decodes a BlockedCard message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape} BlockedCard
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.BlockedCard & yibao.center.v1.BlockedCard.$Shape;

                /**
                 * Verifies a BlockedCard message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a BlockedCard message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns BlockedCard
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.BlockedCard;

                /**
                 * Creates a plain object from a BlockedCard message. Also converts values to other types if specified.
                 * @param m BlockedCard
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.BlockedCard, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BlockedCard to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BlockedCard
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BlockedCard {

                /** Properties of a BlockedCard. */
                interface $Properties {

                    /** BlockedCard cardNo */
                    cardNo?: (string|null);

                    /** BlockedCard reason */
                    reason?: (string|null);

                    /** BlockedCard sinceMs */
                    sinceMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BlockedCard. */
                type $Shape = yibao.center.v1.BlockedCard.$Properties;
            }

            /**
             * Properties of a SyncReply.
             * @deprecated Use yibao.center.v1.SyncReply.$Properties instead.
             */
            interface ISyncReply extends yibao.center.v1.SyncReply.$Properties {
            }

            /** Represents a SyncReply. */
            class SyncReply {

                /**
                 * Constructs a new SyncReply.
                 * @param [p] Properties to set
                 */
                constructor(p?: yibao.center.v1.SyncReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncReply kind. */
                kind: yibao.center.v1.SyncKind;

                /** SyncReply version. */
                version: string;

                /** SyncReply full. */
                full: boolean;

                /** SyncReply upToDate. */
                upToDate: boolean;

                /** SyncReply catalogue. */
                catalogue: yibao.center.v1.CatalogueItem.$Properties[];

                /** SyncReply policies. */
                policies: yibao.center.v1.PolicyFile.$Properties[];

                /** SyncReply blocklist. */
                blocklist: yibao.center.v1.BlockedCard.$Properties[];

                /** SyncReply removed. */
                removed: string[];

                /**
                 * Creates a new SyncReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SyncReply instance
                 */
                static create(properties: yibao.center.v1.SyncReply.$Shape): yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape;
                static create(properties?: yibao.center.v1.SyncReply.$Properties): yibao.center.v1.SyncReply;

                /**
                 * Encodes the specified SyncReply message. Does not implicitly {@link yibao.center.v1.SyncReply.verify|verify} messages.
                 * @param m SyncReply message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: yibao.center.v1.SyncReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SyncReply message, length delimited. Does not implicitly {@link yibao.center.v1.SyncReply.verify|verify} messages.
                 * @param message SyncReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: yibao.center.v1.SyncReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncReply message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape} SyncReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape;

                /**
                 * Decodes a SyncReply message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape} SyncReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): yibao.center.v1.SyncReply & yibao.center.v1.SyncReply.$Shape;

                /**
                 * Verifies a SyncReply message.
                 * @param m Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(m: { [k: string]: any }): (string|null);

                /**
                 * Creates a SyncReply message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns SyncReply
                 */
                static fromObject(d: { [k: string]: any }): yibao.center.v1.SyncReply;

                /**
                 * Creates a plain object from a SyncReply message. Also converts values to other types if specified.
                 * @param m SyncReply
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: yibao.center.v1.SyncReply, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SyncReply to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SyncReply
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SyncReply {

                /** Properties of a SyncReply. */
                interface $Properties {

                    /** SyncReply kind */
                    kind?: (yibao.center.v1.SyncKind|null);

                    /** SyncReply version */
                    version?: (string|null);

                    /** SyncReply full */
                    full?: (boolean|null);

                    /** SyncReply upToDate */
                    upToDate?: (boolean|null);

                    /** SyncReply catalogue */
                    catalogue?: (yibao.center.v1.CatalogueItem.$Properties[]|null);

                    /** SyncReply policies */
                    policies?: (yibao.center.v1.PolicyFile.$Properties[]|null);

                    /** SyncReply blocklist */
                    blocklist?: (yibao.center.v1.BlockedCard.$Properties[]|null);

                    /** SyncReply removed */
                    removed?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncReply. */
                type $Shape = yibao.center.v1.SyncReply.$Properties;
            }
        }
    }
}
