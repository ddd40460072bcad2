export declare const WATCH_FLAGS: string[];
export declare function watchEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
