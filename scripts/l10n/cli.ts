import {createProgram} from './program';

createProgram().parse();
